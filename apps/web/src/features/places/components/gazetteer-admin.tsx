import {
  Alert,
  Button,
  FileInput,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ADMIN_PLACE_KINDS } from '@khsae/domain';

import { ErrorAlert, FormErrorAlert } from '@/components/error-alert';
import { notifyDone } from '@/components/notify-done';
import { PageHeader } from '@/components/page-header';
import { SectionCard } from '@/components/section-card';
import { formatDateTime, formatNumber } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';

import {
  type GazetteerFile,
  type GazetteerPreview,
  gazetteerStatusQueryOptions,
  useApplyGazetteer,
  usePreviewGazetteer,
} from '../api/gazetteer-queries';
import { type GazetteerT, useGazetteerTranslation } from '../i18n/gazetteer-i18n';
import { ForeignPlacesAdmin } from './foreign-places-admin';
import { type GazetteerFileProblem, readGazetteerFile } from './read-gazetteer-file';

/** The admin's screen: the gazetteer in use, a newer one previewed and applied, and foreign places. */
export function GazetteerAdmin({ canRestore = false }: { canRestore?: boolean }) {
  const { t } = useGazetteerTranslation();
  return (
    <>
      <PageHeader title={t('title')} description={t('subtitle')} />
      <Stack gap="lg">
        <GazetteerVersion />
        <GazetteerImport />
        <ForeignPlacesAdmin canRestore={canRestore} />
      </Stack>
    </>
  );
}

function GazetteerVersion() {
  const { t } = useGazetteerTranslation();
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const status = useQuery(gazetteerStatusQueryOptions());
  const current = status.data?.current;
  return (
    <SectionCard title={t('version.title')} data-testid="gazetteer-version">
      {status.error ? (
        <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
      ) : null}
      {status.data ? (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {ADMIN_PLACE_KINDS.map((level) => (
              <Paper key={level} withBorder p="sm" radius="sm">
                <Text size="sm" c="dimmed">
                  {t(`levels.${level}`)}
                </Text>
                <Text size="xl" fw={700} data-testid={`gazetteer-count-${level}`}>
                  {formatNumber(status.data.counts[level], language)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          {current ? (
            <Table variant="vertical" layout="fixed" withTableBorder>
              <Table.Tbody>
                <Row label={t('version.file')} value={current.fileName} />
                <Row
                  label={t('version.fileDate')}
                  value={formatDateTime(current.fileDate, language) ?? '—'}
                />
                <Row
                  label={t('version.sha256')}
                  value={
                    <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all' }}>
                      {current.sha256}
                    </Text>
                  }
                />
                <Row
                  label={t('version.importedAt')}
                  value={`${formatDateTime(current.importedAt, language) ?? ''} · ${t('version.importedBy')} ${current.importedBy ?? t('version.onStart')}`}
                />
              </Table.Tbody>
            </Table>
          ) : (
            <Text size="sm">{t('version.none')}</Text>
          )}
        </Stack>
      ) : null}
    </SectionCard>
  );
}

function Row({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={180}>{label}</Table.Th>
      <Table.Td>{value}</Table.Td>
    </Table.Tr>
  );
}

function GazetteerImport() {
  const { t } = useGazetteerTranslation();
  const { t: tApp } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<GazetteerFile | null>(null);
  const [problem, setProblem] = useState<GazetteerFileProblem | null>(null);
  const [reading, setReading] = useState(false);
  const preview = usePreviewGazetteer();
  const apply = useApplyGazetteer();

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setUpload(null);
    setProblem(null);
    preview.reset();
    apply.reset();
  };

  const runPreview = async () => {
    if (!file) return;
    setReading(true);
    const read = await readGazetteerFile(file);
    setReading(false);
    if ('problem' in read) {
      setProblem(read.problem);
      return;
    }
    const body = {
      fileName: file.name,
      content: read.text,
      fileDate: new Date(file.lastModified).toISOString(),
    };
    setUpload(body);
    preview.mutate(body);
  };

  const runApply = () => {
    if (!upload || !preview.data) return;
    apply.mutate(
      { ...upload, sha256: preview.data.sha256 },
      {
        onSuccess: () => {
          notifyDone(tApp, t('import.applied'));
          choose(null);
        },
      },
    );
  };

  return (
    <SectionCard
      title={t('import.title')}
      description={t('import.description')}
      data-testid="gazetteer-import"
    >
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          <FileInput
            label={t('import.file')}
            placeholder={t('import.filePlaceholder')}
            accept=".csv,.gz,text/csv,application/gzip"
            value={file}
            onChange={choose}
            clearable
            w={360}
          />
          <Button
            variant="light"
            onClick={() => void runPreview()}
            disabled={!file}
            loading={reading || preview.isPending}
          >
            {t('import.preview')}
          </Button>
        </Group>
        {problem ? (
          <Alert color="red" variant="light" role="alert">
            {t(`import.${problem}`)}
          </Alert>
        ) : null}
        <FormErrorAlert error={preview.error ?? apply.error} />
        {preview.data ? (
          <PreviewResult preview={preview.data} t={t}>
            <Group gap="sm">
              <Button
                onClick={runApply}
                loading={apply.isPending}
                disabled={
                  preview.data.current ||
                  preview.data.added.count +
                    preview.data.renamed.count +
                    preview.data.removed.count ===
                    0
                }
              >
                {t('import.apply')}
              </Button>
              <Button variant="default" onClick={() => choose(null)} disabled={apply.isPending}>
                {t('import.cancel')}
              </Button>
            </Group>
          </PreviewResult>
        ) : null}
      </Stack>
    </SectionCard>
  );
}

function PreviewResult({
  preview,
  t,
  children,
}: {
  preview: GazetteerPreview;
  t: GazetteerT;
  children: React.ReactNode;
}) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const sets = [
    ['added', preview.added],
    ['renamed', preview.renamed],
    ['removed', preview.removed],
  ] as const;
  return (
    <Stack gap="md" data-testid="gazetteer-preview">
      {preview.current ? (
        <Alert color="blue" variant="light">
          {t('import.same')}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {sets.map(([key, set]) => (
          <Paper key={key} withBorder p="sm" radius="sm" data-testid={`gazetteer-${key}`}>
            <Text size="sm" c="dimmed">
              {t(`import.${key}`)}
            </Text>
            <Text size="xl" fw={700}>
              {formatNumber(set.count, language)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {sets.map(([key, set]) =>
        set.samples.length ? (
          <Table key={key} withTableBorder striped aria-label={t(`import.${key}`)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.code')}</Table.Th>
                <Table.Th>{t('import.kind')}</Table.Th>
                <Table.Th>{t('import.before')}</Table.Th>
                <Table.Th>{t('import.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {set.samples.map((change) => (
                <Table.Tr key={change.code}>
                  <Table.Td ff="monospace">{change.code}</Table.Td>
                  <Table.Td>{t(`level.${change.kind}`)}</Table.Td>
                  <Table.Td>{names(change.before)}</Table.Td>
                  <Table.Td>{names(change.after)}</Table.Td>
                </Table.Tr>
              ))}
              {set.count > set.samples.length ? (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text size="sm" c="dimmed">
                      {t('import.more', { count: set.count - set.samples.length })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ) : null}
            </Table.Tbody>
          </Table>
        ) : null,
      )}
      {children}
    </Stack>
  );
}

function names(n: { nameLatin: string; nameKm: string | null } | null): string {
  if (!n) return '—';
  return n.nameKm ? `${n.nameLatin} · ${n.nameKm}` : n.nameLatin;
}
