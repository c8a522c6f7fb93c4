// ESM TypeScript tests: ts-jest compiles, ts-jest-resolver maps the `.js` in relative imports back to `.ts`.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  // Training and end-to-end runs of the bundled action take seconds, not milliseconds.
  testTimeout: 180_000,
  // Two cores: end-to-end tests start servers and train models; more workers only thrash.
  maxWorkers: 2,
};
