import type { ErrorCode } from '../shared/errors';

/** A domain error with a translatable code. Thrown in services, turned into an envelope by dispatch. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function notFound(entity: string, id: number | string): AppError {
  return new AppError('NOT_FOUND', `${entity} ${id} not found`, { entity, id });
}
