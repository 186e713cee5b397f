# Sourced by batch.sh and batch-ab.sh: `letters CORPUS KIND COUNT DEST` puts CORPUS's letters of
# KIND (txt, pdf; no .layout.txt) repeated up to COUNT into DEST, in folders of as many as the
# corpus has, so that the names stay unique: copies, as a user's files are, or with LINKS=1
# symbolic links (each of which costs the listing a stat).
letters() { # CORPUS KIND COUNT DEST
  local corpus=$1 kind=$2 count=$3 dest=$4 made=0 copy=0 letter
  mkdir -p "$dest"
  while [ "$made" -lt "$count" ]; do
    mkdir -p "$dest/$copy"
    for letter in "$corpus"/*."$kind"; do
      case $letter in *.layout.txt) continue ;; esac
      [ "$made" -ge "$count" ] && break
      if [ "${LINKS:-0}" = 1 ]; then
        ln -s "$(realpath "$letter")" "$dest/$copy/$(basename "$letter")"
      else
        cp "$letter" "$dest/$copy/"
      fi
      made=$((made + 1))
    done
    copy=$((copy + 1))
  done
}
