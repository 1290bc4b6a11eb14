/**
 * Uniting for Peace (GA res 377 A (V) para. 1; GA rule 8(b); spec R33, R61; T7): an emergency
 * special session convenes within 24 hours of the Secretary-General receiving the Council's
 * request (a procedural decision of any nine members) or a majority of Members' request.
 * Returns the latest opening time as an ISO timestamp, or undefined for an invalid time.
 */
export function emergencySpecialSessionDue(requestReceivedAt: string): string | undefined {
  const t = Date.parse(requestReceivedAt);
  return Number.isNaN(t) ? undefined : new Date(t + 24 * 3_600_000).toISOString();
}
