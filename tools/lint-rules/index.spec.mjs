// How each boundary rule reports a violation: `node --test tools/lint-rules/` (part of `npm test`).
import path from 'node:path';
import { describe, it } from 'node:test';

import { RuleTester } from 'eslint';

import khsae from './index.mjs';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const root = path.resolve(import.meta.dirname, '../..');
const at = (file) => path.join(root, file);
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: 'module' } });

const web = [{ base: 'apps/web/src/features', aliases: { '@/': 'apps/web/src/' } }];
tester.run('feature-boundaries', khsae.rules['feature-boundaries'], {
  valid: [
    {
      filename: at('apps/web/src/features/brokers/components/a.tsx'),
      code: "import x from '../api/keys';",
      options: web,
    },
    {
      filename: at('apps/web/src/features/brokers/a.ts'),
      code: "import x from '@/components/record-table';",
      options: web,
    },
    {
      filename: at('apps/web/src/app/router.tsx'),
      code: "import x from '@/features/brokers/components/a';",
      options: web,
    },
  ],
  invalid: [
    {
      filename: at('apps/web/src/features/network-graph/components/a.tsx'),
      code: "import x from '@/features/places/components/place-picker';",
      options: web,
      errors: [{ messageId: 'crossFeature', data: { from: 'network-graph', to: 'places' } }],
    },
    {
      filename: at('apps/web/src/features/brokers/components/a.tsx'),
      code: "import x from '../../victims/api/victim-keys';",
      options: web,
      errors: [{ messageId: 'crossFeature' }],
    },
  ],
});

const api = [{ base: 'apps/api/src/modules', aliases: { 'src/': 'apps/api/src/' } }];
tester.run('module-boundaries', khsae.rules['module-boundaries'], {
  valid: [
    {
      filename: at('apps/api/src/modules/brokers/brokers.service.ts'),
      code: "import x from 'src/modules/places/places.service';",
      options: api,
    },
    {
      filename: at('apps/api/src/modules/brokers/dto/broker.dto.ts'),
      code: "import x from 'src/modules/places/dto/place.dto';",
      options: api,
    },
    {
      filename: at('apps/api/src/modules/brokers/brokers.module.ts'),
      code: "import x from 'src/modules/places/places.module';",
      options: api,
    },
    {
      filename: at('apps/api/src/modules/brokers/brokers.service.ts'),
      code: "import x from 'src/modules/brokers/brokers.repository';",
      options: api,
    },
  ],
  invalid: [
    {
      filename: at('apps/api/src/modules/routes/routes.service.ts'),
      code: "import { BrokerEntity } from 'src/modules/brokers/broker.entity';",
      options: api,
      errors: [
        { messageId: 'internal', data: { from: 'routes', to: 'brokers', file: 'broker.entity' } },
      ],
    },
    {
      filename: at('apps/api/src/common/http/configure-app.ts'),
      code: "import { SESSION_COOKIE } from 'src/modules/auth/sessions.service';",
      options: api,
      errors: [{ messageId: 'common' }],
    },
  ],
});

tester.run('file-naming', khsae.rules['file-naming'], {
  valid: [
    { filename: at('apps/web/src/components/record-table.tsx'), code: '' },
    { filename: at('apps/api/src/modules/brokers/brokers.repository.medium-spec.ts'), code: '' },
    {
      filename: at('apps/api/src/database/migrations/1764057600000-CreateFoundation.ts'),
      code: '',
    },
  ],
  invalid: [
    {
      filename: at('apps/web/src/components/RecordTable.tsx'),
      code: '',
      errors: [{ messageId: 'kebab' }],
    },
    {
      filename: at('apps/api/src/modules/brokers/brokers_service.ts'),
      code: '',
      errors: [{ messageId: 'kebab' }],
    },
  ],
});
