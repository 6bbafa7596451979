/** What the client reads in their disclosure log for one category a referral shared. */
export function categoryDisclosure(category: string, receiver: string): string {
  return `Information of the category "${category}" sent to ${receiver} with a referral.`;
}
