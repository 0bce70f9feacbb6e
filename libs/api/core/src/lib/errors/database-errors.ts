/** PostgreSQL refused a row because a unique index already holds its value (SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } } | undefined)?.code;
  const driverCode = (error as { driverError?: { code?: string } } | undefined)?.driverError?.code;
  return code === '23505' || driverCode === '23505';
}
