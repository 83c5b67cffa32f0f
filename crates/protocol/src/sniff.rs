//! What a page's bytes are, from the bytes alone: one rule for the device, which refuses at once
//! what the server would refuse, and for the server, which checks every upload.

use crate::row::PageType;

impl PageType {
    /// What the bytes themselves say they are, from their magic numbers: a JPEG, a PNG, a PDF, or a
    /// HEIC (an ISO media file whose `ftyp` box names a HEIF image brand). Anything else is `None`.
    pub fn sniff(bytes: &[u8]) -> Option<PageType> {
        if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(PageType::Jpeg);
        }
        if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
            return Some(PageType::Png);
        }
        if bytes.starts_with(b"%PDF-") {
            return Some(PageType::Pdf);
        }
        if is_heic(bytes) {
            return Some(PageType::Heic);
        }
        None
    }
}

/// The HEIF brands of an image (not of an image sequence or of AVIF).
const HEIC_BRANDS: [&[u8; 4]; 4] = [b"heic", b"heix", b"heim", b"heis"];

fn is_heic(bytes: &[u8]) -> bool {
    // The first box: a 32-bit size, "ftyp", the major brand, a minor version, compatible brands.
    let Some(size) = bytes.get(0..4) else {
        return false;
    };
    let size = u32::from_be_bytes([size[0], size[1], size[2], size[3]]) as usize;
    if bytes.get(4..8) != Some(b"ftyp".as_slice()) || size < 16 || size > bytes.len() {
        return false;
    }
    let major = &bytes[8..12];
    let compatible = bytes[16..size].chunks_exact(4);
    HEIC_BRANDS.iter().any(|b| major == b.as_slice())
        || (matches!(major, b"mif1" | b"msf1")
            && compatible
                .clone()
                .any(|c| HEIC_BRANDS.iter().any(|b| c == b.as_slice())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heic(major: &[u8; 4], compatible: &[&[u8; 4]]) -> Vec<u8> {
        let size = 16 + 4 * compatible.len();
        let mut b = (size as u32).to_be_bytes().to_vec();
        b.extend_from_slice(b"ftyp");
        b.extend_from_slice(major);
        b.extend_from_slice(&[0, 0, 0, 0]);
        for c in compatible {
            b.extend_from_slice(c.as_slice());
        }
        b.extend_from_slice(b"\0\0\0\x08meta");
        b
    }

    #[test]
    fn sniffs_the_four_types_from_their_magic_numbers() {
        assert_eq!(
            PageType::sniff(b"\xFF\xD8\xFF\xE0\0\x10JFIF"),
            Some(PageType::Jpeg)
        );
        assert_eq!(
            PageType::sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Some(PageType::Png)
        );
        assert_eq!(PageType::sniff(b"%PDF-1.7\n%\xE2\xE3"), Some(PageType::Pdf));
        assert_eq!(
            PageType::sniff(&heic(b"heic", &[b"mif1", b"heic"])),
            Some(PageType::Heic)
        );
        assert_eq!(
            PageType::sniff(&heic(b"mif1", &[b"mif1", b"heic"])),
            Some(PageType::Heic)
        );
    }

    #[test]
    fn refuses_what_is_not_a_page() {
        // A GIF, a ZIP (also an Office file), an executable, an AVIF, a video, text, nothing.
        for bytes in [
            b"GIF89a\x01\0\x01\0".as_slice(),
            b"PK\x03\x04\x14\0",
            b"MZ\x90\0\x03\0",
            b"\x7fELF\x02\x01",
            b"<html><script>",
            b"",
            b"\xFF\xD8",
        ] {
            assert_eq!(PageType::sniff(bytes), None, "{bytes:?}");
        }
        assert_eq!(PageType::sniff(&heic(b"avif", &[b"mif1", b"avif"])), None);
        assert_eq!(PageType::sniff(&heic(b"mif1", &[b"mif1", b"avif"])), None);
        assert_eq!(PageType::sniff(&heic(b"isom", &[b"isom", b"mp41"])), None);
        // A box that claims to be longer than the file.
        let mut cut = heic(b"heic", &[b"heic"]);
        cut[3] = 200;
        assert_eq!(PageType::sniff(&cut[..20]), None);
    }
}
