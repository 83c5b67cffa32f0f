//! What the server makes from document pages (issue 9): the console's thumbnails, and "download
//! the pack": one file per document, ready for HK-dir's portal.
//!
//! A document of photos and scans becomes one PDF with a page per image (A4, the image fitted):
//! a JPEG goes into the PDF as it is (PDF's DCTDecode is JPEG), a PNG as its pixels, deflated. A
//! document that is one PDF is that PDF. A document that mixes PDFs with photos is one PDF too:
//! the photos' pages made as above and the PDFs' pages joined in the pages' order (lopdf). Only a
//! document with a HEIC page (which nothing here decodes), or a PDF that cannot be joined (broken
//! or encrypted), comes as a zip of its pages' files in their order.

use std::io::{Cursor, Write};

use veikart_protocol::PageType;
use zune_jpeg::JpegDecoder;
use zune_jpeg::zune_core::colorspace::ColorSpace;
use zune_jpeg::zune_core::options::DecoderOptions;

/// Longest side of a thumbnail, in pixels.
pub const THUMB: usize = 240;
/// Largest image decoded (for a thumbnail or a PNG going into a PDF), per side: a page shrunk on
/// the device is far smaller, and this bounds what a hostile file can make the server allocate.
const MAX_SIDE: usize = 8000;

/// RGB pixels of an image: width, height, 3 bytes a pixel.
pub struct Rgb {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

/// The pixels of a JPEG or PNG page; `None` for anything else or anything broken.
pub fn decode(bytes: &[u8], t: PageType) -> Option<Rgb> {
    match t {
        PageType::Jpeg => {
            let options = DecoderOptions::default()
                .jpeg_set_out_colorspace(ColorSpace::RGB)
                .set_max_width(MAX_SIDE)
                .set_max_height(MAX_SIDE);
            let mut decoder = JpegDecoder::new_with_options(bytes, options);
            let pixels = decoder.decode().ok()?;
            let info = decoder.info()?;
            let (width, height) = (usize::from(info.width), usize::from(info.height));
            (pixels.len() == width * height * 3).then_some(Rgb {
                width,
                height,
                pixels,
            })
        }
        PageType::Png => decode_png(bytes),
        PageType::Heic | PageType::Pdf => None,
    }
}

fn decode_png(bytes: &[u8]) -> Option<Rgb> {
    let mut decoder = png::Decoder::new(Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    let (width, height) = (info.width as usize, info.height as usize);
    if width > MAX_SIDE || height > MAX_SIDE {
        return None;
    }
    let channels = match info.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        png::ColorType::Indexed => return None,
    };
    let mut pixels = Vec::with_capacity(width * height * 3);
    for row in buf.chunks(info.line_size).take(height) {
        for px in row.chunks_exact(channels).take(width) {
            let (rgb, alpha) = match channels {
                1 => ([px[0]; 3], 255),
                2 => ([px[0]; 3], px[1]),
                3 => ([px[0], px[1], px[2]], 255),
                _ => ([px[0], px[1], px[2]], px[3]),
            };
            // Transparent parts on white paper.
            for c in rgb {
                let on_white =
                    (u32::from(c) * u32::from(alpha) + 255 * (255 - u32::from(alpha))) / 255;
                pixels.push(on_white as u8);
            }
        }
    }
    (pixels.len() == width * height * 3).then_some(Rgb {
        width,
        height,
        pixels,
    })
}

/// The image shrunk so its longer side is at most `max` (each new pixel the average of the ones
/// it covers); an image already as small is kept.
pub fn shrink(img: &Rgb, max: usize) -> Rgb {
    let longest = img.width.max(img.height).max(1);
    if longest <= max {
        return Rgb {
            width: img.width,
            height: img.height,
            pixels: img.pixels.clone(),
        };
    }
    let tw = (img.width * max / longest).max(1);
    let th = (img.height * max / longest).max(1);
    let mut pixels = Vec::with_capacity(tw * th * 3);
    for ty in 0..th {
        let (y0, y1) = (
            ty * img.height / th,
            ((ty + 1) * img.height / th).max(ty * img.height / th + 1),
        );
        for tx in 0..tw {
            let (x0, x1) = (
                tx * img.width / tw,
                ((tx + 1) * img.width / tw).max(tx * img.width / tw + 1),
            );
            let mut sum = [0u64; 3];
            for y in y0..y1.min(img.height) {
                let row =
                    &img.pixels[(y * img.width + x0) * 3..(y * img.width + x1.min(img.width)) * 3];
                for px in row.chunks_exact(3) {
                    for c in 0..3 {
                        sum[c] += u64::from(px[c]);
                    }
                }
            }
            let n = ((y1.min(img.height) - y0) * (x1.min(img.width) - x0)).max(1) as u64;
            for s in sum {
                pixels.push((s / n) as u8);
            }
        }
    }
    Rgb {
        width: tw,
        height: th,
        pixels,
    }
}

pub fn encode_png(img: &Rgb) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, img.width as u32, img.height as u32);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        let mut writer = encoder.write_header().ok()?;
        writer.write_image_data(&img.pixels).ok()?;
        writer.finish().ok()?;
    }
    Some(out)
}

/// A small PNG of a JPEG or PNG page, for the console.
pub fn thumbnail(bytes: &[u8], t: PageType) -> Option<Vec<u8>> {
    encode_png(&shrink(&decode(bytes, t)?, THUMB))
}

/// The file "download the pack" gives for one document of these pages (in order): its bytes,
/// content type and file extension. `None` when there is no page.
pub fn document_file(
    pages: &[(PageType, Vec<u8>)],
) -> Option<(Vec<u8>, &'static str, &'static str)> {
    match pages {
        [] => None,
        [(PageType::Pdf, pdf)] => Some((pdf.clone(), "application/pdf", "pdf")),
        _ => match one_pdf(pages) {
            Some(pdf) => Some((pdf, "application/pdf", "pdf")),
            None => Some((zip(pages), "application/zip", "zip")),
        },
    }
}

/// The pages as one PDF: each run of photos as pages made from them, each PDF as its own pages,
/// in order. `None` if a page is HEIC, or an image or PDF cannot be read.
fn one_pdf(pages: &[(PageType, Vec<u8>)]) -> Option<Vec<u8>> {
    let mut parts: Vec<Vec<u8>> = Vec::new();
    let mut photos: Vec<(PageType, Vec<u8>)> = Vec::new();
    for (t, bytes) in pages {
        match t {
            PageType::Jpeg | PageType::Png => photos.push((*t, bytes.clone())),
            PageType::Pdf => {
                if !photos.is_empty() {
                    parts.push(images_pdf(&std::mem::take(&mut photos))?);
                }
                parts.push(bytes.clone());
            }
            PageType::Heic => return None,
        }
    }
    if !photos.is_empty() {
        parts.push(images_pdf(&photos)?);
    }
    match parts.as_slice() {
        [one] => Some(one.clone()),
        _ => join_pdfs(&parts),
    }
}

/// A page's attribute, from the page or the nearest of its parents that has it.
fn inherited(doc: &lopdf::Document, page: lopdf::ObjectId, key: &[u8]) -> Option<lopdf::Object> {
    let mut current = page;
    // A page tree is shallow; a cycle in a hostile file must not loop.
    for _ in 0..64 {
        let node = doc.get_dictionary(current).ok()?;
        if let Ok(value) = node.get(key) {
            return Some(value.clone());
        }
        current = node.get(b"Parent").ok()?.as_reference().ok()?;
    }
    None
}

/// Several PDFs as one, their pages in order. The pages keep what they inherited from their
/// parents in their own file (size, resources, rotation), since those parents are not joined.
/// `None` if one cannot be read or is encrypted.
pub fn join_pdfs(parts: &[Vec<u8>]) -> Option<Vec<u8>> {
    use lopdf::{Document, Object, dictionary};
    let mut out = Document::with_version("1.5");
    let pages_id = out.new_object_id();
    let mut next_id = out.max_id + 1;
    let mut kids: Vec<Object> = Vec::new();
    for bytes in parts {
        let mut doc = Document::load_mem(bytes).ok()?;
        if doc.is_encrypted() {
            return None;
        }
        for page in doc.get_pages().into_values() {
            let mut dict = doc.get_dictionary(page).ok()?.clone();
            for key in [&b"MediaBox"[..], b"CropBox", b"Resources", b"Rotate"] {
                if let Some(value) = inherited(&doc, page, key) {
                    dict.set(key, value);
                }
            }
            doc.objects.insert(page, Object::Dictionary(dict));
        }
        doc.renumber_objects_with(next_id);
        next_id = doc.max_id + 1;
        let order: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
        for (id, object) in doc.objects {
            // The page tree and document catalogue are made anew below; outlines point into it.
            let skip = matches!(
                object.type_name().unwrap_or(b""),
                b"Catalog" | b"Pages" | b"Outlines" | b"Outline"
            );
            if !skip {
                out.objects.insert(id, object);
            }
        }
        for id in order {
            if let Some(Object::Dictionary(page)) = out.objects.get_mut(&id) {
                page.set("Parent", pages_id);
                kids.push(Object::Reference(id));
            }
        }
    }
    let count = i64::try_from(kids.len()).ok()?;
    out.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    out.max_id = next_id;
    let catalog = out.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    out.trailer.set("Root", catalog);
    let mut file = Vec::new();
    out.save_to(&mut file).ok()?;
    Some(file)
}

/// Width, height and colour components of a JPEG, from its frame header.
fn jpeg_frame(b: &[u8]) -> Option<(u32, u32, u8)> {
    let mut i = 2;
    while i + 4 <= b.len() {
        if b[i] != 0xFF {
            return None;
        }
        let marker = b[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        if matches!(marker, 0xD8 | 0xD0..=0xD7 | 0x01) {
            i += 2;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([b[i + 2], b[i + 3]]));
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let s = b.get(i + 4..i + 10)?;
            let height = u32::from(u16::from_be_bytes([s[1], s[2]]));
            let width = u32::from(u16::from_be_bytes([s[3], s[4]]));
            return (width > 0 && height > 0).then_some((width, height, s[5]));
        }
        i += 2 + len;
    }
    None
}

/// One image of a PDF: its dictionary's entries beyond the common ones, and its stream.
struct PdfImage {
    width: u32,
    height: u32,
    entries: String,
    data: Vec<u8>,
}

fn pdf_image(t: PageType, bytes: &[u8]) -> Option<PdfImage> {
    match t {
        PageType::Jpeg => {
            let (width, height, components) = jpeg_frame(bytes)?;
            let space = match components {
                1 => "/DeviceGray",
                3 => "/DeviceRGB",
                // Adobe's CMYK JPEGs are stored inverted.
                4 => "/DeviceCMYK /Decode [1 0 1 0 1 0 1 0]",
                _ => return None,
            };
            Some(PdfImage {
                width,
                height,
                entries: format!("/ColorSpace {space} /Filter /DCTDecode"),
                data: bytes.to_vec(),
            })
        }
        PageType::Png => {
            let img = decode(bytes, t)?;
            let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
            z.write_all(&img.pixels).ok()?;
            Some(PdfImage {
                width: img.width as u32,
                height: img.height as u32,
                entries: "/ColorSpace /DeviceRGB /Filter /FlateDecode".to_owned(),
                data: z.finish().ok()?,
            })
        }
        PageType::Heic | PageType::Pdf => None,
    }
}

/// A4 in points, and the margin around each image.
const A4: (f64, f64) = (595.0, 842.0);
const MARGIN: f64 = 18.0;

/// A PDF with one A4 page per image (landscape for a landscape image), each image as large as
/// fits. `None` if an image cannot be read.
pub fn images_pdf(pages: &[(PageType, Vec<u8>)]) -> Option<Vec<u8>> {
    let images: Vec<PdfImage> = pages
        .iter()
        .map(|(t, b)| pdf_image(*t, b))
        .collect::<Option<_>>()?;
    let mut out: Vec<u8> = b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    let mut object = |out: &mut Vec<u8>, head: String, stream: Option<&[u8]>| {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{head}\n", offsets.len()).as_bytes());
        if let Some(data) = stream {
            out.extend_from_slice(b"stream\n");
            out.extend_from_slice(data);
            out.extend_from_slice(b"\nendstream\n");
        }
        out.extend_from_slice(b"endobj\n");
    };
    // 1 the catalog, 2 the page tree, then a page, its contents and its image for each image.
    let kids: Vec<String> = (0..images.len())
        .map(|i| format!("{} 0 R", 3 + 3 * i))
        .collect();
    object(&mut out, "<< /Type /Catalog /Pages 2 0 R >>".into(), None);
    object(
        &mut out,
        format!(
            "<< /Type /Pages /Kids [{}] /Count {} >>",
            kids.join(" "),
            images.len()
        ),
        None,
    );
    for (i, img) in images.iter().enumerate() {
        let (page_w, page_h) = if img.width > img.height {
            (A4.1, A4.0)
        } else {
            A4
        };
        let (iw, ih) = (f64::from(img.width), f64::from(img.height));
        let scale = ((page_w - 2.0 * MARGIN) / iw).min((page_h - 2.0 * MARGIN) / ih);
        let (w, h) = (iw * scale, ih * scale);
        let (x, y) = ((page_w - w) / 2.0, (page_h - h) / 2.0);
        let contents = format!("q {w:.2} 0 0 {h:.2} {x:.2} {y:.2} cm /Im0 Do Q");
        let (contents_id, image_id) = (4 + 3 * i, 5 + 3 * i);
        object(
            &mut out,
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {page_w} {page_h}] \
                 /Resources << /XObject << /Im0 {image_id} 0 R >> >> /Contents {contents_id} 0 R >>"
            ),
            None,
        );
        object(
            &mut out,
            format!("<< /Length {} >>", contents.len()),
            Some(contents.as_bytes()),
        );
        object(
            &mut out,
            format!(
                "<< /Type /XObject /Subtype /Image /Width {} /Height {} /BitsPerComponent 8 {} /Length {} >>",
                img.width,
                img.height,
                img.entries,
                img.data.len()
            ),
            Some(&img.data),
        );
    }
    let xref = out.len();
    let count = offsets.len() + 1;
    out.extend_from_slice(format!("xref\n0 {count}\n0000000000 65535 f \n").as_bytes());
    for offset in &offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {count} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    Some(out)
}

/// The pages' files in a zip (stored, not compressed: they are compressed already), named by
/// their place: `01.jpg`, `02.pdf` …
pub fn zip(pages: &[(PageType, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (i, (t, data)) in pages.iter().enumerate() {
        let name = format!("{:02}.{}", i + 1, t.extension());
        let mut crc = flate2::Crc::new();
        crc.update(data);
        let (crc, size) = (crc.sum(), data.len() as u32);
        let offset = out.len() as u32;
        // Version 2.0, no flags, stored, 1980-01-01 00:00.
        let common = |b: &mut Vec<u8>| {
            b.extend_from_slice(&20u16.to_le_bytes());
            b.extend_from_slice(&0u16.to_le_bytes());
            b.extend_from_slice(&0u16.to_le_bytes());
            b.extend_from_slice(&0u16.to_le_bytes());
            b.extend_from_slice(&0x21u16.to_le_bytes());
            b.extend_from_slice(&crc.to_le_bytes());
            b.extend_from_slice(&size.to_le_bytes());
            b.extend_from_slice(&size.to_le_bytes());
            b.extend_from_slice(&(name.len() as u16).to_le_bytes());
            b.extend_from_slice(&0u16.to_le_bytes());
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes());
        common(&mut central);
        // No comment, disk 0, no attributes, where the local header is.
        central.extend_from_slice(&[0; 8]);
        central.extend_from_slice(&0u32.to_le_bytes());
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let (cd_offset, cd_size) = (out.len() as u32, central.len() as u32);
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&(pages.len() as u16).to_le_bytes());
    out.extend_from_slice(&(pages.len() as u16).to_le_bytes());
    out.extend_from_slice(&cd_size.to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn image(width: usize, height: usize) -> Rgb {
        let mut pixels = Vec::with_capacity(width * height * 3);
        for y in 0..height {
            for x in 0..width {
                pixels.extend_from_slice(&[(x % 256) as u8, (y % 256) as u8, 128]);
            }
        }
        Rgb {
            width,
            height,
            pixels,
        }
    }

    #[test]
    fn a_png_becomes_a_thumbnail_no_larger_than_asked() {
        let png = encode_png(&image(1200, 1700)).expect("png");
        let thumb = thumbnail(&png, PageType::Png).expect("thumbnail");
        let small = decode(&thumb, PageType::Png).expect("decodes");
        assert_eq!((small.width, small.height), (169, THUMB));
        // Not an image, or a broken one: no thumbnail, no panic.
        assert!(thumbnail(b"%PDF-1.7", PageType::Pdf).is_none());
        assert!(thumbnail(&png[..100], PageType::Png).is_none());
        assert!(thumbnail(b"\xFF\xD8\xFF\xE0garbage", PageType::Jpeg).is_none());
    }

    #[test]
    fn shrinking_averages_what_each_pixel_covers() {
        let img = Rgb {
            width: 2,
            height: 2,
            pixels: vec![0, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 0],
        };
        let one = shrink(&img, 1);
        assert_eq!((one.width, one.height), (1, 1));
        assert_eq!(one.pixels, vec![127, 127, 127]);
    }

    #[test]
    fn a_document_of_images_is_one_pdf_with_a_page_each() {
        // A minimal baseline JPEG frame header is enough for the PDF (it embeds the bytes).
        let jpeg = b"\xFF\xD8\xFF\xE0\x00\x04JF\xFF\xC0\x00\x11\x08\x02\x00\x03\x00\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01\xFF\xD9".to_vec();
        assert_eq!(jpeg_frame(&jpeg), Some((768, 512, 3)));
        let png = encode_png(&image(40, 60)).expect("png");
        let (pdf, content_type, ext) =
            document_file(&[(PageType::Jpeg, jpeg.clone()), (PageType::Png, png)]).expect("file");
        assert_eq!((content_type, ext), ("application/pdf", "pdf"));
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.starts_with("%PDF-1.4"));
        assert!(text.contains("/Count 2"));
        assert!(text.contains("/Filter /DCTDecode"));
        assert!(text.contains("/Filter /FlateDecode"));
        // The landscape JPEG on a landscape page.
        assert!(text.contains("/MediaBox [0 0 842 595]"));
        assert!(text.trim_end().ends_with("%%EOF"));
        // Every object the cross-reference table names starts where it says.
        let xref = text.rfind("xref\n").expect("xref");
        for (n, line) in text[xref..].lines().skip(3).take(8).enumerate() {
            let offset: usize = line[..10].parse().expect("offset");
            assert!(
                pdf[offset..].starts_with(format!("{} 0 obj", n + 1).as_bytes()),
                "object {}",
                n + 1
            );
        }
    }

    /// A PDF of `sizes.len()` blank pages, each of its own size, the size inherited from the page
    /// tree for the first (as many PDFs do).
    fn pdf_of(sizes: &[(i64, i64)]) -> Vec<u8> {
        use lopdf::{Document, Object, dictionary};
        let mut doc = Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let kids: Vec<Object> = sizes
            .iter()
            .enumerate()
            .map(|(i, (w, h))| {
                let mut page = dictionary! { "Type" => "Page", "Parent" => pages_id };
                if i > 0 {
                    page.set(
                        "MediaBox",
                        vec![0.into(), 0.into(), (*w).into(), (*h).into()],
                    );
                }
                doc.add_object(page).into()
            })
            .collect();
        let (w, h) = sizes[0];
        doc.objects.insert(
            pages_id,
            dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => sizes.len() as i64,
            "MediaBox" => vec![0.into(), 0.into(), w.into(), h.into()] }
            .into(),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    fn page_sizes(pdf: &[u8]) -> Vec<(i64, i64)> {
        let doc = lopdf::Document::load_mem(pdf).unwrap();
        doc.get_pages()
            .into_values()
            .map(|id| {
                let b = inherited(&doc, id, b"MediaBox").unwrap();
                let b = b.as_array().unwrap();
                let n = |o: &lopdf::Object| o.as_float().unwrap().round() as i64;
                (n(&b[2]), n(&b[3]))
            })
            .collect()
    }

    /// A photo, a PDF of two pages and another photo: one PDF of four pages in that order, the
    /// photos on A4 (portrait for the tall one, landscape for the wide one) and the PDF's pages
    /// with their own sizes, also the one its page tree gave it.
    #[test]
    fn photos_and_pdfs_of_one_document_are_one_pdf_in_order() {
        let tall = encode_png(&image(300, 400)).unwrap();
        let wide = encode_png(&image(400, 300)).unwrap();
        let pages = [
            (PageType::Png, tall),
            (PageType::Pdf, pdf_of(&[(300, 500), (612, 792)])),
            (PageType::Png, wide),
        ];
        let (pdf, content_type, ext) = document_file(&pages).unwrap();
        assert_eq!((content_type, ext), ("application/pdf", "pdf"));
        assert_eq!(
            page_sizes(&pdf),
            [(595, 842), (300, 500), (612, 792), (842, 595)]
        );
    }

    #[test]
    fn one_pdf_passes_through_and_a_mix_that_cannot_be_joined_comes_as_a_zip_in_order() {
        // Looks like a PDF to the sniffer, but no parser can read it.
        let pdf = b"%PDF-1.7\n...".to_vec();
        let (bytes, content_type, _) =
            document_file(&[(PageType::Pdf, pdf.clone())]).expect("file");
        assert_eq!((bytes, content_type), (pdf.clone(), "application/pdf"));
        let png = encode_png(&image(4, 4)).expect("png");
        let (zip, content_type, ext) =
            document_file(&[(PageType::Png, png.clone()), (PageType::Pdf, pdf.clone())])
                .expect("file");
        assert_eq!((content_type, ext), ("application/zip", "zip"));
        assert!(zip.starts_with(b"PK\x03\x04"));
        let names: Vec<&[u8]> = [b"01.png".as_slice(), b"02.pdf"].to_vec();
        for name in names {
            assert!(zip.windows(name.len()).filter(|w| *w == name).count() == 2);
        }
        assert!(zip.windows(pdf.len()).any(|w| w == pdf.as_slice()));
        assert!(document_file(&[]).is_none());
    }
}
