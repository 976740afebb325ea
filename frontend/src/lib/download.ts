/**
 * Hands a file fetched through the API client to the browser as a download: the API wants the
 * bearer token, which a plain link cannot send. The name is the one the API gives, if any.
 */
export function saveDownload(blob: Blob, response: Response, fallbackName: string) {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
