// Khsae's own lint rules: the boundaries the architecture relies on, enforced rather than hoped for.
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

/** The repository-relative path an import points at, or null for a package import. */
function target(context, source, aliases) {
  for (const [prefix, dir] of Object.entries(aliases)) {
    if (source === prefix.replace(/\/$/, '') || source.startsWith(prefix)) {
      return path.posix.join(dir, source.slice(prefix.length));
    }
  }
  if (!source.startsWith('.')) return null;
  const from = path.relative(root, path.dirname(context.filename)).split(path.sep).join('/');
  return path.posix.normalize(path.posix.join(from, source));
}

/** The unit (feature, module) a repository-relative path belongs to under `base`, or null. */
function unitOf(file, base) {
  if (!file.startsWith(`${base}/`)) return null;
  return file.slice(base.length + 1).split('/')[0] ?? null;
}

function importVisitors(check) {
  const visit = (node) => {
    if (node.source && typeof node.source.value === 'string') check(node, node.source.value);
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

const here = (context) => path.relative(root, context.filename).split(path.sep).join('/');

/**
 * Web: a feature never imports another feature. What several features need lives outside features
 * (components/, lib/, api/) or is composed in app/.
 */
const featureBoundaries = {
  meta: {
    type: 'problem',
    schema: [
      { type: 'object', properties: { base: { type: 'string' }, aliases: { type: 'object' } } },
    ],
    messages: {
      crossFeature:
        'The {{from}} feature imports the {{to}} feature. Features never import each other: move what both need to components/, lib/ or api/, or compose them in app/.',
    },
  },
  create(context) {
    const { base, aliases = {} } = context.options[0] ?? {};
    const from = unitOf(here(context), base);
    if (!from) return {};
    return importVisitors((node, source) => {
      const to = unitOf(target(context, source, aliases) ?? '', base);
      if (to && to !== from)
        context.report({ node, messageId: 'crossFeature', data: { from, to } });
    });
  },
};

const PUBLIC_FILES = [/\.service$/, /\.module$/, /^dto\//];

/**
 * API: a module reaches another module only through what it exports (its service, its module for
 * imports, its DTOs as the public contract); common/ and database/ import no module at all.
 */
const moduleBoundaries = {
  meta: {
    type: 'problem',
    schema: [
      { type: 'object', properties: { base: { type: 'string' }, aliases: { type: 'object' } } },
    ],
    messages: {
      internal:
        "The {{from}} module imports {{file}}, an internal file of the {{to}} module. Call the {{to}} module's exported service instead (its module, service and DTOs are its public face).",
      common:
        '{{from}} imports the {{to}} module: shared code (common/, database/) must not depend on a feature module; let the module register with it instead.',
    },
  },
  create(context) {
    const { base, aliases = {} } = context.options[0] ?? {};
    const file = here(context);
    const src = path.posix.dirname(base);
    const from = unitOf(file, base);
    const shared =
      !from && (file.startsWith(`${src}/common/`) || file.startsWith(`${src}/database/`));
    if (!from && !shared) return {};
    return importVisitors((node, source) => {
      const resolved = target(context, source, aliases);
      const to = resolved && unitOf(resolved, base);
      if (!to || to === from) return;
      const inside = resolved.slice(base.length + to.length + 2);
      if (shared) {
        context.report({ node, messageId: 'common', data: { from: file, to } });
      } else if (!PUBLIC_FILES.some((pattern) => pattern.test(inside))) {
        context.report({ node, messageId: 'internal', data: { from, to, file: inside } });
      }
    });
  },
};

/** File names are kebab-case with a role suffix: case-header.tsx, cases.service.ts. */
const fileNaming = {
  meta: {
    type: 'suggestion',
    schema: [],
    messages: {
      kebab:
        'File names are kebab-case (words in lower case joined by hyphens, then .role.ext): {{name}}',
    },
  },
  create(context) {
    const name = path.basename(context.filename);
    const stem = name.replace(/(\.[a-z0-9-]+)+$/, '');
    if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(stem) || /^\d{13}-[A-Za-z]+$/.test(stem)) return {};
    return {
      Program(node) {
        context.report({ node, messageId: 'kebab', data: { name } });
      },
    };
  },
};

export default {
  meta: { name: 'khsae' },
  rules: {
    'feature-boundaries': featureBoundaries,
    'module-boundaries': moduleBoundaries,
    'file-naming': fileNaming,
  },
};
