import { dropTestDatabases } from './test-databases.mjs';

export default async function globalTeardown() {
  if (process.env.KHSAE_TEST_ADMIN_URL) {
    await dropTestDatabases(process.env.KHSAE_TEST_ADMIN_URL, { run: process.env.KHSAE_TEST_RUN });
  }
}
