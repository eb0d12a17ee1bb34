// One lint config for the workspace: type-aware TypeScript rules, Nx module boundaries by project tags.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import pluginQuery from '@tanstack/eslint-plugin-query';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import khsae from './tools/lint-rules/index.mjs';

const API_RELATIVE = {
  group: ['./*', '../*'],
  message: 'Import API code by its src/… path.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.nx/**',
      'tmp/**',
      '.data/**',
      'coverage/**',
      '**/vite.config.*.timestamp*',
    ],
  },
  ...nx.configs['flat/base'],
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
              bannedExternalImports: [
                'react',
                'react-dom',
                '@tanstack/*',
                'cytoscape*',
                '@mantine/*',
              ],
            },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                'class-validator',
                'class-transformer',
                'pg',
              ],
            },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                'class-validator',
                'class-transformer',
                'react',
                'react-dom',
                '@tanstack/*',
                'pg',
              ],
            },
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: ['type:util', 'type:ui', 'type:data-access'],
            },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:data-access'] },
            {
              sourceTag: 'type:data-access',
              onlyDependOnLibsWithTags: ['type:data-access', 'type:util'],
            },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      curly: ['error', 'multi-line'],
      eqeqeq: ['error', 'always'],
      'object-shorthand': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // NestJS injects constructor parameters by their runtime class: those imports must stay values.
    files: ['apps/api/src/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-restricted-imports': ['error', { patterns: [API_RELATIVE] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through AppConfig (src/config/app-config.ts).',
        },
      ],
    },
  },
  {
    // SQL and TypeORM belong to repositories, entities and the database folder; services see `Tx`.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/**/*.repository.ts',
      'apps/api/src/**/*.entity.ts',
      'apps/api/src/**/*.columns.ts',
      'apps/api/src/**/*.medium-spec.ts',
      'apps/api/src/database/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'typeorm',
              message:
                'TypeORM belongs to repositories, entities and src/database: take a `Tx` from Database and call a repository.',
            },
          ],
          patterns: [API_RELATIVE],
        },
      ],
    },
  },
  {
    plugins: { khsae },
    files: ['apps/**/*.{ts,tsx}', 'libs/**/*.{ts,tsx}'],
    rules: { 'khsae/file-naming': 'error' },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    rules: {
      'khsae/module-boundaries': [
        'error',
        { base: 'apps/api/src/modules', aliases: { 'src/': 'apps/api/src/' } },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: {
      'khsae/feature-boundaries': [
        'error',
        { base: 'apps/web/src/features', aliases: { '@/': 'apps/web/src/' } },
      ],
    },
  },
  ...pluginQuery.configs['flat/recommended'].map((config) => ({
    ...config,
    files: ['apps/web/src/**/*.{ts,tsx}'],
  })),
  {
    files: ['apps/api/src/config/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: [
      'apps/api/src/main.ts',
      'apps/api/src/database/migrate.ts',
      'apps/api/src/cli/gazetteer-import.ts',
      'apps/api/src/cli/demo-seed.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: [
      'apps/api/test/**/*.ts',
      '**/*.spec.ts',
      '**/*.e2e-spec.ts',
      '**/*.test.ts',
      '**/*.test.tsx',
    ],
    rules: {
      // supertest bodies are `any` by design; assertions check their shape.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      'no-console': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      // Config files reach the shared Jest preset by path; they are not project code.
      '@nx/enforce-module-boundaries': 'off',
    },
  },
  prettier,
);
