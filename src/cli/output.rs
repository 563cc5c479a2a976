//! Standard output for the CLI: buffered, every write checked, and JSON
//! arrays written one row at a time.
//!
//! A failed write is an error the caller returns (`CliError::Write`); `main`
//! turns a closed pipe (`korpus list | head`) into a quiet exit.

use std::io::{self, BufWriter, StdoutLock, Write};

use serde::Serialize;

use super::paint::Paint;

pub struct Output {
    out: BufWriter<StdoutLock<'static>>,
    paint: Paint,
}

impl Output {
    /// Standard output, coloured by `paint` where the text asks for colour.
    pub fn stdout(paint: Paint) -> Self {
        // standard output is line-buffered beneath: large writes reach it in few calls
        Output { out: BufWriter::with_capacity(1 << 16, io::stdout().lock()), paint }
    }

    pub fn paint(&self) -> Paint {
        self.paint
    }

    /// One JSON value, pretty-printed, then a newline.
    pub fn json<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut self.out, value)?;
        writeln!(self.out)
    }

    /// Start a JSON array whose rows are written as they come, laid out
    /// exactly as `serde_json::to_writer_pretty` lays out a whole `Vec`.
    pub fn json_array(&mut self) -> io::Result<JsonArray<'_, BufWriter<StdoutLock<'static>>>> {
        JsonArray::start(&mut self.out)
    }

    /// Flush what is buffered: a write error that happens only now is still reported.
    pub fn finish(mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

pub struct JsonArray<'o, W: Write> {
    out: &'o mut W,
    rows: usize,
    /// A row as serde_json lays it out, then indented: serde_json writes a
    /// row a token at a time, and indenting (and buffering) each token as it
    /// came was most of `related --json`'s writing.
    plain: Vec<u8>,
    indented: Vec<u8>,
}

impl<'o, W: Write> JsonArray<'o, W> {
    pub fn start(out: &'o mut W) -> io::Result<Self> {
        out.write_all(b"[")?;
        Ok(JsonArray { out, rows: 0, plain: Vec::new(), indented: Vec::new() })
    }

    pub fn push<T: Serialize>(&mut self, row: &T) -> io::Result<()> {
        self.plain.clear();
        self.indented.clear();
        self.indented.extend_from_slice(if self.rows == 0 { b"\n  " } else { b",\n  " });
        self.rows += 1;
        let mut chunks = IndentedChunks { plain: &mut self.plain, indented: &mut self.indented, out: &mut *self.out };
        serde_json::to_writer_pretty(&mut chunks, row).map_err(io::Error::from)?;
        chunks.write_plain()
    }

    /// Close the array (`[]` when nothing was pushed) and end the line.
    pub fn finish(self) -> io::Result<()> {
        self.out.write_all(if self.rows == 0 { b"]\n" } else { b"\n]\n" })
    }
}

/// How many bytes of a row are laid out before they are indented and written.
const ROW_CHUNK: usize = 1 << 16;

/// serde_json's layout of one row, indented and written [`ROW_CHUNK`] bytes
/// at a time: a row is as long as its article's mentions, and a 50 MB
/// article's row (300 MB of JSON) was held whole, twice. Indenting adds two
/// spaces after every newline, so it can be done a chunk at a time.
struct IndentedChunks<'b, W: Write> {
    plain: &'b mut Vec<u8>,
    indented: &'b mut Vec<u8>,
    out: &'b mut W,
}

impl<W: Write> IndentedChunks<'_, W> {
    fn write_plain(&mut self) -> io::Result<()> {
        indent_lines_after_the_first(self.plain, self.indented);
        self.plain.clear();
        self.out.write_all(self.indented)?;
        self.indented.clear();
        Ok(())
    }
}

impl<W: Write> Write for IndentedChunks<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.plain.extend_from_slice(buf);
        if self.plain.len() >= ROW_CHUNK {
            self.write_plain()?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.write_plain()
    }
}

/// `json` onto `out` with every line after the first indented by two
/// spaces. JSON text never holds a raw newline inside a string (it is
/// written `\n`), so every newline here is layout.
fn indent_lines_after_the_first(json: &[u8], out: &mut Vec<u8>) {
    out.reserve(json.len() + json.len() / 8);
    let mut from = 0;
    for at in memchr::memchr_iter(b'\n', json) {
        out.extend_from_slice(&json[from..=at]);
        out.extend_from_slice(b"  ");
        from = at + 1;
    }
    out.extend_from_slice(&json[from..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streamed_rows_are_byte_for_byte_the_pretty_printed_vec() {
        let cases = [
            serde_json::json!([]),
            serde_json::json!([1]),
            serde_json::json!([{"a": [], "b": {}, "c": "line\nbreak"}, {"d": [[1, 2], [3, 4]], "e": {"f": [{"g": null}]}}]),
        ];
        for case in cases {
            let mut whole = serde_json::to_vec_pretty(&case).unwrap();
            whole.push(b'\n');
            let mut streamed = Vec::new();
            let mut array = JsonArray::start(&mut streamed).unwrap();
            for row in case.as_array().unwrap() {
                array.push(row).unwrap();
            }
            array.finish().unwrap();
            assert_eq!(String::from_utf8(streamed).unwrap(), String::from_utf8(whole).unwrap());
        }
    }

    #[test]
    fn a_row_longer_than_a_chunk_is_written_a_chunk_at_a_time_and_byte_for_byte() {
        let long_row = serde_json::json!({"mentions": (0..20_000).map(|i| serde_json::json!({"start": i, "text": "Lavrov"})).collect::<Vec<_>>()});
        let case = serde_json::json!([1, long_row, {"last": "row"}]);
        let mut whole = serde_json::to_vec_pretty(&case).unwrap();
        whole.push(b'\n');
        assert!(whole.len() > 8 * ROW_CHUNK);
        let mut streamed = Vec::new();
        let mut array = JsonArray::start(&mut streamed).unwrap();
        for row in case.as_array().unwrap() {
            array.push(row).unwrap();
        }
        // the buffers hold a chunk and the token that ended it, never the whole row
        assert!(array.plain.capacity() <= 2 * ROW_CHUNK && array.indented.capacity() <= 4 * ROW_CHUNK);
        array.finish().unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), String::from_utf8(whole).unwrap());
    }
}
