#!/usr/bin/env bash
# The Debian package, checked without installing it: check_deb.sh STEP BUILD_DIR SOURCE_DIR
#   build     cpack the .deb into BUILD_DIR/deb-test (the fixture the other steps use)
#   contents  control fields, conffile, maintainer scripts, the file list; no source-tree path anywhere
#   lintian   Debian's package checker (no errors; warnings printed for the report)
#   unit      systemd-analyze verify on the packaged kakanai-kiosk.service
#   runs      dpkg-deb -x into a temp root: the installed binaries work from that root alone
set -euo pipefail
step=$1 build=$2 src=$3
out=$build/deb-test
fail() { echo "FAIL: $*" >&2; exit 1; }
deb() { ls "$out"/kakanai_*.deb 2>/dev/null | head -1; }
root() { # extract once per step into a fresh root
    local r; r=$(mktemp -d -t kakanai-deb-root.XXXXXX)
    dpkg-deb -x "$(deb)" "$r"
    echo "$r"
}

case $step in
build)
    rm -rf "$out"
    cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out.log" 2>&1 || { cat "$out.log"; fail "cpack"; }
    [[ -n $(deb) ]] || fail "no .deb in $out"
    echo "built $(basename "$(deb)") ($(stat -c %s "$(deb)") bytes)"
    ;;
contents)
    info=$(dpkg-deb --info "$(deb)")
    echo "$info"
    grep -q '^ Package: kakanai$' <<<"$info" || fail "package name"
    depends=$(sed -n 's/^ Depends: //p' <<<"$info")
    for d in libc6 libqt6quick6 libpcsclite1 libcups2 libhpdf pcscd fonts-ipaexfont-mincho fonts-ipaexfont-gothic \
             qml6-module-qtquick-controls mecab-ipadic-utf8 tesseract-ocr-jpn adduser; do
        grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
    done
    grep -q '^ Recommends: .*cage' <<<"$info" || fail "Recommends lacks cage"
    for f in conffiles postinst prerm postrm; do grep -qE "^ +[0-9]+ bytes, +[0-9]+ lines +\*? *$f" <<<"$info" || fail "no $f"; done
    [[ $(dpkg-deb --ctrl-tarfile "$(deb)" | tar -xO ./conffiles) == /etc/kakanai/kakanai.toml ]] || fail "conffiles"
    list=$(dpkg-deb --contents "$(deb)")
    for f in ./usr/bin/kakanai ./usr/bin/kakanai-kiosk ./usr/libexec/kakanai/kakanai-ipp \
             ./usr/share/kakanai/forms/juminhyo.json ./usr/share/kakanai/forms/schema/kakanai-form-1.schema.json \
             ./usr/share/kakanai/data/postal-codes.tsv ./usr/share/kakanai/data/municipalities.tsv \
             ./usr/share/kakanai/ocr/glyph-index.bin ./usr/share/kakanai/ocr/kanji-variants.json \
             ./etc/kakanai/kakanai.toml ./lib/systemd/system/kakanai-kiosk.service \
             ./usr/share/doc/kakanai/copyright ./usr/share/doc/kakanai/changelog.Debian.gz \
             ./usr/share/doc/kakanai/docs/lockdown.md; do
        grep -q " $f\$" <<<"$list" || fail "missing $f"
    done
    # Nothing from tests, fixtures, build or home directories, and nothing writable by others.
    if grep -E ' \./(home|root|tmp|var)/|fixtures|/tests?/|\.mjs$' <<<"$list"; then fail "unexpected files"; fi
    if awk '{print $1}' <<<"$list" | grep -E '^.{7}w'; then fail "world-writable file"; fi
    r=$(root)
    trap 'rm -rf "$r"' EXIT
    hits=$(grep -rlF "$src" "$r" || true)
    [[ -z $hits ]] || fail "the source tree path $src is in: $hits"
    file "$r/usr/bin/kakanai" | grep -q 'stripped' && ! file "$r/usr/bin/kakanai" | grep -q 'not stripped' \
        || fail "binaries are not stripped"
    echo "$(wc -l <<<"$list") entries; no source-tree path in any file"
    ;;
lintian)
    command -v lintian >/dev/null || fail "lintian is not installed (scripts/install-deps)"
    tags=$(lintian --no-tag-display-limit --suppress-tags-from-file "$src/packaging/debian/lintian-accepted" "$(deb)" 2>&1 || true)
    echo "${tags:-lintian: no tags}"
    if grep -E '^E: ' <<<"$tags"; then fail "lintian errors"; fi
    ;;
unit)
    # Checked inside the extracted root so ExecStart= points at the packaged binaries; cage comes from Debian.
    r=$(root)
    trap 'rm -rf "$r"' EXIT
    mkdir -p "$r/usr/bin" && ln -sf /usr/bin/env "$r/usr/bin/env"
    [[ -x /usr/bin/cage ]] && ln -sf /usr/bin/cage "$r/usr/bin/cage"
    out_verify=$(SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no --root="$r" \
        kakanai-kiosk.service 2>&1) || { echo "$out_verify"; fail "systemd-analyze verify"; }
    echo "${out_verify:-systemd-analyze verify: no findings}"
    grep -q '^LimitCORE=0$' "$r/lib/systemd/system/kakanai-kiosk.service" || fail "LimitCORE"
    ;;
runs)
    r=$(root)
    tmp=$(mktemp -d -t kakanai-deb-run.XXXXXX)
    trap 'rm -rf "$r" "$tmp"' EXIT
    # Nothing may come from the build or source tree: no overrides, and the binaries do not know those paths.
    unset KAKANAI_SHARE_DIR KAKANAI_FORMS_DIR KAKANAI_DATA_DIR KAKANAI_OCR_DATA_DIR KAKANAI_GLYPH_INDEX KAKANAI_IPP_HELPER
    bin=$r/usr/bin/kakanai
    "$bin" config check "$r/etc/kakanai/kakanai.toml" | grep -qx "$r/etc/kakanai/kakanai.toml: ok" || fail "config check"
    "$bin" form list --forms-dir "$r/usr/share/kakanai/forms" --config "$r/etc/kakanai/kakanai.toml" | grep -q juminhyo \
        || fail "form list"
    # The built-in demo config finds the forms in <root>/usr/share/kakanai, next to the binary.
    "$bin" form list | grep -q juminhyo || fail "form list (demo config)"
    printf '%s' '{"schema": "kakanai-person/1", "source": "manual", "name": "架空　太郎", "birth_date": "1980-04-01"}' \
        >"$tmp/p.json"
    "$bin" form fill --form juminhyo --person "$tmp/p.json" -o "$tmp/out.pdf" >/dev/null || fail "form fill"
    [[ $(head -c 5 "$tmp/out.pdf") == %PDF- ]] || fail "form fill wrote no PDF"
    # Postal data from <root>/usr/share/kakanai/data.
    "$bin" normalize postal 100-0001 | grep -q '千代田' || fail "normalize postal (data files)"
    # The printer helper is found in <root>/usr/libexec/kakanai: an unreachable printer is "down", not "no helper".
    status=$("$bin" printer status --printer ipp://127.0.0.1:9/ipp/print 2>&1 || true)
    grep -q 'no-helper\|helper .* is missing' <<<"$status" && fail "printer helper not found: $status"
    if [[ -x $r/usr/bin/kakanai-kiosk ]]; then
        "$r/usr/bin/kakanai-kiosk" --help >/dev/null 2>&1 || fail "kakanai-kiosk --help"
    fi
    echo "installed layout works from $r: config check, form list, form fill, normalize postal, printer helper"
    ;;
*) fail "unknown step $step" ;;
esac
