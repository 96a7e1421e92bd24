/**
 * What was dropped on the drop zone, as (path, File) pairs: files as themselves, a dropped folder's own files under
 * its name ("folder/a.txt", as the folder input gives them; run-import.ts strips the folder's name). Subfolders are
 * listed too, so the import can say that it does not read them.
 */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries gives at most 100 entries a call (Chromium): call until it gives none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    for (const entry of batch) all.push(entry);
  }
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function walk(entry: FileSystemEntry, prefix: string, out: { path: string; file: File }[]): Promise<void> {
  const path = `${prefix}${entry.name}`;
  if (entry.isFile) out.push({ path, file: await fileOf(entry as FileSystemFileEntry) });
  else if (entry.isDirectory) for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(child, `${path}/`, out);
}

export async function droppedFiles(data: DataTransfer): Promise<{ path: string; file: File }[]> {
  // The entries must be taken while the drop event is being handled: the DataTransfer is emptied after it.
  const entries = [...data.items].map((item) => item.webkitGetAsEntry()).filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return [...data.files].map((file) => ({ path: file.name, file }));
  const out: { path: string; file: File }[] = [];
  for (const entry of entries) await walk(entry, '', out);
  return out;
}
