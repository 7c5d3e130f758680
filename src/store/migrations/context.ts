export interface MigrationContext {
  dialect: 'sqlite' | 'postgres';
}
