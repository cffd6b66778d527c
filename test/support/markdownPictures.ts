/** Every picture's address in `markdown`, written as markdown (`![alt](address)`) or as an HTML `<img src>`. */
export function pictureAddresses(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]*)/g), ...markdown.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1]);
}
