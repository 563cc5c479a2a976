//! ClickHouse's `RowBinary` format, the part korpus uses: little-endian
//! fixed-width numbers, strings as a LEB128 length and bytes, arrays as a
//! LEB128 length and elements, `Nullable` as a 0/1 byte before the value.
//! Every ClickHouse release since long before 18.16 reads and writes it,
//! unlike `RowBinaryWithNamesAndTypes` (which 18.16 does not know).

/// Rows written for an `INSERT … FORMAT RowBinary`.
#[derive(Debug, Default)]
pub struct RowWriter {
    pub bytes: Vec<u8>,
    /// Rows completed so far (the caller says when a row ends).
    pub rows: usize,
}

impl RowWriter {
    pub fn u8(&mut self, v: u8) -> &mut Self {
        self.bytes.push(v);
        self
    }

    pub fn u16(&mut self, v: u16) -> &mut Self {
        self.bytes.extend_from_slice(&v.to_le_bytes());
        self
    }

    pub fn u32(&mut self, v: u32) -> &mut Self {
        self.bytes.extend_from_slice(&v.to_le_bytes());
        self
    }

    pub fn u64(&mut self, v: u64) -> &mut Self {
        self.bytes.extend_from_slice(&v.to_le_bytes());
        self
    }

    pub fn i64(&mut self, v: i64) -> &mut Self {
        self.bytes.extend_from_slice(&v.to_le_bytes());
        self
    }

    pub fn f32(&mut self, v: f32) -> &mut Self {
        self.bytes.extend_from_slice(&v.to_le_bytes());
        self
    }

    fn length(&mut self, mut n: usize) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.bytes.push(byte);
                return;
            }
            self.bytes.push(byte | 0x80);
        }
    }

    pub fn str(&mut self, v: &str) -> &mut Self {
        self.binary(v.as_bytes())
    }

    /// A `String` column holding any bytes (ClickHouse strings need not be UTF-8).
    pub fn binary(&mut self, v: &[u8]) -> &mut Self {
        self.length(v.len());
        self.bytes.extend_from_slice(v);
        self
    }

    pub fn nullable_str(&mut self, v: Option<&str>) -> &mut Self {
        match v {
            None => self.u8(1),
            Some(s) => self.u8(0).str(s),
        }
    }

    pub fn str_array<S: AsRef<str>>(&mut self, items: &[S]) -> &mut Self {
        self.length(items.len());
        for s in items {
            self.str(s.as_ref());
        }
        self
    }

    pub fn end_row(&mut self) {
        self.rows += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    pub fn clear(&mut self) {
        self.bytes.clear();
        self.rows = 0;
    }
}

/// The answer was shorter than its rows say, or a string was not UTF-8.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("malformed RowBinary answer at byte {at}: {what}")]
pub struct DecodeError {
    pub at: usize,
    pub what: &'static str,
}

/// Reads rows of a `SELECT … FORMAT RowBinary` answer, checking every length
/// against what is left, so a truncated or hostile answer is an error, never
/// a panic or a huge allocation.
pub struct RowReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> RowReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        RowReader { bytes, at: 0 }
    }

    pub fn is_done(&self) -> bool {
        self.at >= self.bytes.len()
    }

    /// Bytes read so far.
    pub fn position(&self) -> usize {
        self.at
    }

    fn take(&mut self, n: usize, what: &'static str) -> Result<&'a [u8], DecodeError> {
        let end = self.at.checked_add(n).filter(|&end| end <= self.bytes.len());
        let Some(end) = end else { return Err(DecodeError { at: self.at, what }) };
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn fixed<const N: usize>(&mut self, what: &'static str) -> Result<[u8; N], DecodeError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.take(N, what)?);
        Ok(out)
    }

    pub fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.fixed::<1>("u8")?[0])
    }

    pub fn u16(&mut self) -> Result<u16, DecodeError> {
        Ok(u16::from_le_bytes(self.fixed("u16")?))
    }

    pub fn u32(&mut self) -> Result<u32, DecodeError> {
        Ok(u32::from_le_bytes(self.fixed("u32")?))
    }

    pub fn u64(&mut self) -> Result<u64, DecodeError> {
        Ok(u64::from_le_bytes(self.fixed("u64")?))
    }

    pub fn i64(&mut self) -> Result<i64, DecodeError> {
        Ok(i64::from_le_bytes(self.fixed("i64")?))
    }

    pub fn f32(&mut self) -> Result<f32, DecodeError> {
        Ok(f32::from_le_bytes(self.fixed("f32")?))
    }

    pub fn f64(&mut self) -> Result<f64, DecodeError> {
        Ok(f64::from_le_bytes(self.fixed("f64")?))
    }

    fn length(&mut self) -> Result<usize, DecodeError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                // no length can exceed what is left of the answer
                return usize::try_from(value)
                    .ok()
                    .filter(|&n| n <= self.bytes.len() - self.at)
                    .ok_or(DecodeError { at: self.at, what: "length past the end" });
            }
        }
        Err(DecodeError { at: self.at, what: "length too long" })
    }

    pub fn str(&mut self) -> Result<&'a str, DecodeError> {
        let n = self.length()?;
        let at = self.at;
        std::str::from_utf8(self.take(n, "string")?).map_err(|_| DecodeError { at, what: "string not UTF-8" })
    }

    /// A `String` column's bytes, UTF-8 or not.
    pub fn binary(&mut self) -> Result<&'a [u8], DecodeError> {
        let n = self.length()?;
        self.take(n, "string")
    }

    pub fn string(&mut self) -> Result<String, DecodeError> {
        self.str().map(str::to_owned)
    }

    pub fn nullable_string(&mut self) -> Result<Option<String>, DecodeError> {
        match self.u8()? {
            0 => self.string().map(Some),
            _ => Ok(None),
        }
    }

    pub fn str_array(&mut self) -> Result<Vec<String>, DecodeError> {
        let n = self.length()?;
        (0..n).map(|_| self.string()).collect()
    }

    pub fn u32_array(&mut self) -> Result<Vec<u32>, DecodeError> {
        let n = self.length()?;
        (0..n).map(|_| self.u32()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_written_reads_back() {
        let mut w = RowWriter::default();
        let long = "ж".repeat(200); // a length over 127 takes two LEB128 bytes
        w.u8(7).u16(513).u32(70_000).u64(1 << 40).i64(-1).f32(0.25).str("Лавров").str(&long);
        w.nullable_str(None).nullable_str(Some("x")).str_array(&["a", "bc"]);
        w.end_row();
        let mut r = RowReader::new(&w.bytes);
        assert_eq!(r.u8(), Ok(7));
        assert_eq!(r.u16(), Ok(513));
        assert_eq!(r.u32(), Ok(70_000));
        assert_eq!(r.u64(), Ok(1 << 40));
        assert_eq!(r.i64(), Ok(-1));
        assert_eq!(r.f32(), Ok(0.25));
        assert_eq!(r.str(), Ok("Лавров"));
        assert_eq!(r.string().as_deref(), Ok(long.as_str()));
        assert_eq!(r.nullable_string(), Ok(None));
        assert_eq!(r.nullable_string(), Ok(Some("x".into())));
        assert_eq!(r.str_array(), Ok(vec!["a".to_owned(), "bc".to_owned()]));
        assert!(r.is_done());
    }

    #[test]
    fn a_truncated_answer_is_an_error_not_a_panic() {
        let mut w = RowWriter::default();
        w.str("hello").u64(5);
        for cut in 0..w.bytes.len() {
            let mut r = RowReader::new(&w.bytes[..cut]);
            assert!(r.str().and_then(|_| r.u64()).is_err(), "cut at {cut}");
        }
    }

    #[test]
    fn a_huge_length_is_refused_before_allocating() {
        // a length of 2^62 followed by nothing
        let bytes = [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40];
        assert!(RowReader::new(&bytes).str_array().is_err());
        assert!(RowReader::new(&bytes).str().is_err());
    }

    #[test]
    fn a_string_that_is_not_utf8_is_refused() {
        assert!(RowReader::new(&[2, 0xff, 0xfe]).str().is_err());
    }
}
