// What a second-cycle coding action on many passages reports back (codings.bulk, codes.split).
export interface BulkCodingResult {
  /** Codings added and removed. */
  added: number;
  removed: number;
  /** Highlights whose codes changed. */
  passages: number;
}
