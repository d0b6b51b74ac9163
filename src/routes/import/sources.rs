//! Where a many-file import's files come from: files chosen (with their folder paths when a
//! folder was chosen), folders dropped (walked through the File and Directory Entries API,
//! subfolders included) and `.zip` archives (listed by the core's [`zip`] reader, deflated
//! entries inflated by the browser's `DecompressionStream("deflate-raw")`, so the app carries
//! no inflater of its own). Which files are read follows the core's [`listing`].

use crate::decompress::{decompress, Format};
use crate::load_error::js_reason;
use baimo_core::import::batch::{Failure, Fate, Tally};
use baimo_core::import::listing::{self, Skip};
use baimo_core::import::zip::{self, Data, EntryError, Method, MAX_ARCHIVE_BYTES};
use baimo_core::import::{ImportError, MAX_FILE_BYTES};
use js_sys::{Array, Function, Promise, Uint8Array};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// What the person gave: a file (its path, with the folders it sits in when a folder was
/// chosen) or a dropped folder.
pub enum Given {
    /// A file and its path.
    File(String, web_sys::File),
    /// A dropped folder.
    Folder(Entry),
}

/// A file to read as an article.
pub struct Queued {
    /// Its path as the person knows it (`folder/a.md`, `news.zip/a.md`).
    pub path: String,
    from: Origin,
}

enum Origin {
    File(web_sys::File),
    Archive(Rc<Vec<u8>>, Data),
}

impl Queued {
    /// The file's own name, for its format and title.
    pub fn name(&self) -> &str {
        listing::base_name(&self.path)
    }

    /// The file's bytes, or why they cannot be had.
    pub async fn bytes(&self) -> Result<Vec<u8>, Failure> {
        match &self.from {
            Origin::File(file) => {
                let size = file.size();
                if size > MAX_FILE_BYTES as f64 {
                    return Err(too_large(size as usize, MAX_FILE_BYTES));
                }
                read(file).await
            }
            Origin::Archive(archive, data) => {
                if data.size > MAX_FILE_BYTES as u64 {
                    return Err(too_large(data.size as usize, MAX_FILE_BYTES));
                }
                let raw = &archive[data.range.clone()];
                let bytes = match data.method {
                    Method::Stored => raw.to_vec(),
                    Method::Deflated => decompress(Format::DeflateRaw, &Uint8Array::from(raw))
                        .await
                        .map_err(|_| Failure::Entry(EntryError::Damaged))?,
                };
                zip::check(data, &bytes).map_err(Failure::Entry)?;
                Ok(bytes)
            }
        }
    }
}

fn too_large(bytes: usize, limit: usize) -> Failure {
    Failure::Read(ImportError::TooLarge { bytes, limit })
}

async fn read(file: &web_sys::File) -> Result<Vec<u8>, Failure> {
    let blob = gloo::file::File::from(file.clone());
    gloo::file::futures::read_as_bytes(&blob)
        .await
        .map_err(|e| Failure::Unreadable(e.to_string()))
}

/// Every file to read, in path order; what is skipped or cannot be opened goes on `tally`.
pub async fn gather(given: Vec<Given>, tally: &mut Tally) -> Vec<Queued> {
    let mut files: Vec<(String, web_sys::File)> = Vec::new();
    for g in given {
        match g {
            Given::File(path, file) => files.push((path, file)),
            Given::Folder(entry) => walk(entry, &mut files, tally).await,
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut queue = Vec::new();
    for (path, file) in files {
        if listing::is_zip(&path) && !listing::is_hidden(&path) {
            open_archive(path, file, &mut queue, tally).await;
            continue;
        }
        match listing::skip(&path) {
            Some(why) => tally.note(path, Fate::Skipped(why)),
            None => queue.push(Queued {
                path,
                from: Origin::File(file),
            }),
        }
    }
    queue
}

async fn open_archive(
    path: String,
    file: web_sys::File,
    queue: &mut Vec<Queued>,
    tally: &mut Tally,
) {
    let size = file.size();
    if size > MAX_ARCHIVE_BYTES as f64 {
        return tally.note(
            path,
            Fate::Failed(too_large(size as usize, MAX_ARCHIVE_BYTES)),
        );
    }
    let bytes = match read(&file).await {
        Ok(bytes) => Rc::new(bytes),
        Err(why) => return tally.note(path, Fate::Failed(why)),
    };
    let entries = match zip::entries(&bytes) {
        Ok(entries) => entries,
        Err(e) => return tally.note(path, Fate::Failed(Failure::Archive(e))),
    };
    let mut inside: Vec<Queued> = Vec::new();
    for entry in entries {
        let shown = format!("{path}/{}", entry.name);
        if let Some(why) = listing::skip(&entry.name) {
            tally.note(shown, Fate::Skipped(why));
            continue;
        }
        match entry.data {
            Ok(data) => inside.push(Queued {
                path: shown,
                from: Origin::Archive(bytes.clone(), data),
            }),
            Err(e) => tally.note(shown, Fate::Failed(Failure::Entry(e))),
        }
    }
    inside.sort_by(|a, b| a.path.cmp(&b.path));
    queue.extend(inside);
}

// The File and Directory Entries API (a dropped folder), bound by hand: web-sys has it behind
// several features, and only these five members are used.
#[wasm_bindgen]
extern "C" {
    /// A dropped file or folder (`FileSystemEntry`).
    pub type Entry;
    #[wasm_bindgen(method, getter, js_name = isDirectory)]
    fn is_directory(this: &Entry) -> bool;
    #[wasm_bindgen(method, getter, js_name = fullPath)]
    fn full_path(this: &Entry) -> String;
    #[wasm_bindgen(method, getter)]
    fn name(this: &Entry) -> String;
    #[wasm_bindgen(method, js_name = createReader)]
    fn create_reader(this: &Entry) -> DirectoryReader;
    #[wasm_bindgen(method)]
    fn file(this: &Entry, ok: &Function, err: &Function);

    type DirectoryReader;
    #[wasm_bindgen(method, js_name = readEntries)]
    fn read_entries(this: &DirectoryReader, ok: &Function, err: &Function);

    type DataTransferItem;
    #[wasm_bindgen(method, getter)]
    fn kind(this: &DataTransferItem) -> String;
    #[wasm_bindgen(method, js_name = getAsFile)]
    fn get_as_file(this: &DataTransferItem) -> Option<web_sys::File>;
    #[wasm_bindgen(method, js_name = webkitGetAsEntry)]
    fn webkit_get_as_entry(this: &DataTransferItem) -> Option<Entry>;
}

/// What was dropped: folders as entries to walk, files as files. `None` when the browser
/// gives no entries (then the drop's plain file list is used).
pub fn dropped(data: &web_sys::DataTransfer) -> Option<Vec<Given>> {
    let items = js_sys::Reflect::get(data, &"items".into()).ok()?;
    let length = js_sys::Reflect::get(&items, &"length".into())
        .ok()?
        .as_f64()? as u32;
    let mut given = Vec::new();
    for i in 0..length {
        let item: DataTransferItem = js_sys::Reflect::get_u32(&items, i).ok()?.unchecked_into();
        if item.kind() != "file" {
            continue;
        }
        // Entries must be taken during the drop event; they stay usable after it.
        let entry = js_sys::Reflect::has(&item, &"webkitGetAsEntry".into())
            .unwrap_or(false)
            .then(|| item.webkit_get_as_entry())
            .flatten();
        match entry {
            Some(entry) if entry.is_directory() => given.push(Given::Folder(entry)),
            _ => {
                let file = item.get_as_file()?;
                given.push(Given::File(file.name(), file));
            }
        }
    }
    Some(given)
}

/// Every file under the dropped folder `root` (hidden folders are not entered).
async fn walk(root: Entry, files: &mut Vec<(String, web_sys::File)>, tally: &mut Tally) {
    let mut folders = vec![root];
    while let Some(folder) = folders.pop() {
        let path = entry_path(&folder);
        let reader = folder.create_reader();
        loop {
            // readEntries gives a folder's entries a batch at a time, then an empty batch.
            let batch = match callback(|ok, err| reader.read_entries(ok, err)).await {
                Ok(batch) => Array::from(&batch),
                Err(e) => {
                    tally.note(path, Fate::Failed(Failure::Unreadable(js_reason(&e))));
                    break;
                }
            };
            if batch.length() == 0 {
                break;
            }
            for entry in batch.iter() {
                let entry: Entry = entry.unchecked_into();
                let path = entry_path(&entry);
                if entry.is_directory() {
                    if listing::is_hidden(&entry.name()) {
                        tally.note(format!("{path}/"), Fate::Skipped(Skip::Hidden));
                    } else {
                        folders.push(entry);
                    }
                    continue;
                }
                match callback(|ok, err| entry.file(ok, err)).await {
                    Ok(file) => files.push((path, file.unchecked_into())),
                    Err(e) => tally.note(path, Fate::Failed(Failure::Unreadable(js_reason(&e)))),
                }
            }
        }
    }
}

fn entry_path(entry: &Entry) -> String {
    entry.full_path().trim_start_matches('/').to_owned()
}

/// A callback-style call (`ok`, `err`) as a future.
async fn callback(call: impl FnOnce(&Function, &Function)) -> Result<JsValue, JsValue> {
    let mut call = Some(call);
    let promise = Promise::new(&mut |ok, err| {
        if let Some(call) = call.take() {
            call(&ok, &err);
        }
    });
    JsFuture::from(promise).await
}
