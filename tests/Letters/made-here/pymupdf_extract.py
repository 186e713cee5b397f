import sys, os, fitz
src, dst, mode = sys.argv[1], sys.argv[2], sys.argv[3]
for f in sorted(os.listdir(src)):
    if not f.endswith(".pdf"): continue
    doc = fitz.open(os.path.join(src, f))
    pages = []
    for p in doc:
        if mode == "text":
            pages.append(p.get_text())
        elif mode == "blocks":
            pages.append("\n".join(b[4] for b in p.get_text("blocks")))
        elif mode == "sort":
            pages.append(p.get_text(sort=True))
    open(os.path.join(dst, f[:-4] + ".txt"), "w").write("\f".join(pages) if mode=="text" else "\n".join(pages))
