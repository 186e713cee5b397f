// PDFium's text of each page, as pypdfium2's PdfTextPage.get_text_range() gives it
// (FPDFText_GetText over every character), pages joined by a line feed:
//   npm install @embedpdf/pdfium@2.15.1 && node pdfium_extract.mjs DIR OUT
import { init } from '@embedpdf/pdfium';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const wasm = fs.readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('@embedpdf/pdfium')), 'pdfium.wasm'));
const pdfium = await init({ wasmBinary: wasm });
pdfium.PDFiumExt_Init();
const [src, dst] = process.argv.slice(2);
fs.mkdirSync(dst, { recursive: true });
for (const name of fs.readdirSync(src).filter(n => n.endsWith('.pdf')).sort()) {
  const bytes = fs.readFileSync(path.join(src, name));
  const data = pdfium.pdfium.wasmExports.malloc(bytes.length);
  pdfium.pdfium.HEAPU8.set(bytes, data);
  const doc = pdfium.FPDF_LoadMemDocument(data, bytes.length, '');
  const pages = [];
  for (let i = 0; i < pdfium.FPDF_GetPageCount(doc); i++) {
    const page = pdfium.FPDF_LoadPage(doc, i);
    const text = pdfium.FPDFText_LoadPage(page);
    const count = pdfium.FPDFText_CountChars(text);
    const buffer = pdfium.pdfium.wasmExports.malloc((count + 1) * 2);
    pdfium.FPDFText_GetText(text, 0, count, buffer);
    pages.push(pdfium.pdfium.UTF16ToString(buffer));
    pdfium.pdfium.wasmExports.free(buffer);
    pdfium.FPDFText_ClosePage(text);
    pdfium.FPDF_ClosePage(page);
  }
  pdfium.FPDF_CloseDocument(doc);
  pdfium.pdfium.wasmExports.free(data);
  fs.writeFileSync(path.join(dst, name.replace(/\.pdf$/, '.txt')), pages.join('\n'));
}
