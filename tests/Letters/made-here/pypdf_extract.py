import sys, os, pypdf
src, dst, mode = sys.argv[1], sys.argv[2], sys.argv[3]
for f in sorted(os.listdir(src)):
    if not f.endswith(".pdf"): continue
    r = pypdf.PdfReader(os.path.join(src, f))
    pages = [p.extract_text(extraction_mode=mode) if mode == "layout" else p.extract_text() for p in r.pages]
    open(os.path.join(dst, f[:-4] + ".txt"), "w").write("\n".join(pages))
