/** The membership ids the documented examples use, so a later example can name them. */
export const EXAMPLE_MEMBER_IDS = {
  staff: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  external: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  client: '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f',
} as const;
