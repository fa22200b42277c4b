/** The one error type API calls throw: an HTTP failure with the server's code and message, or no answer at all. */
export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isNetworkFailure(): boolean {
    return this.status === 0;
  }
}

export const INVALID_RESPONSE = 'invalid_response';
export const NETWORK_FAILURE = 'network';
