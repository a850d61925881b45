/** CON-5: a mailto: link to Customer Services with the contract number in the subject and body. */
export function contractMailto(email: string, subject: string, body: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
