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
deb() { find "$out" -maxdepth 1 -name 'kakanai_*.deb' | head -1; }
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
             ./usr/share/doc/kakanai/docs/lockdown.md ./usr/share/man/man1/kakanai.1.gz; do
        grep -q " $f\$" <<<"$list" || fail "missing $f"
    done
    # Nothing from tests, fixtures, build or home directories, and nothing writable by others.
    if grep -E ' \./(home|root|tmp|var)/|fixtures|/tests?/|\.mjs$' <<<"$list"; then fail "unexpected files"; fi
    if awk '{print $1}' <<<"$list" | grep -E '^.{7}w'; then fail "world-writable file"; fi
    r=$(root)
    trap 'rm -rf "$r"' EXIT
    hits=$(grep -rlF "$src" "$r" || true)
    [[ -z $hits ]] || fail "the source tree path $src is in: $hits"
    for b in "$r"/usr/bin/* "$r"/usr/libexec/kakanai/*; do
        if file "$b" | grep -q 'not stripped'; then fail "$b is not stripped"; fi
    done
    echo "$(wc -l <<<"$list") entries; no source-tree path in any file"
    ;;
lintian)
    command -v lintian >/dev/null || fail "lintian is not installed (scripts/install-deps)"
    tags=$(lintian --tag-display-limit 0 --suppress-tags-from-file "$src/packaging/debian/lintian-accepted" "$(deb)" 2>&1 || true)
    echo "${tags:-lintian: no tags}"
    if grep -E '^E: ' <<<"$tags"; then fail "lintian errors"; fi
    ;;
unit)
    r=$(root)
    trap 'rm -rf "$r"' EXIT
    unit=$r/lib/systemd/system/kakanai-kiosk.service
    # verify prints warnings (unknown keys, bad values) but exits 0 for most of them: any output fails.
    findings=$(SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no "$unit" 2>&1) || { echo "$findings"; fail "systemd-analyze verify"; }
    [[ -z $findings ]] || { echo "$findings"; fail "systemd-analyze verify has findings"; }
    # verify only checks ExecStart's first word (/usr/bin/env); the programs it starts must be in the package.
    exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
    for p in $exec_start; do
        case $p in
        /usr/bin/kakanai*) [[ -x $r$p ]] || fail "ExecStart runs $p, which the package lacks" ;;
        /usr/bin/cage) ;; # from Debian's cage (Recommends)
        esac
    done
    for line in User=kakanai Restart=on-failure LimitCORE=0 NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes \
                PrivateTmp=yes ReadWritePaths=/var/lib/kakanai TTYPath=/dev/tty1; do
        grep -qx "$line" "$unit" || fail "the unit lacks $line"
    done
    [[ $(grep -c '^ReadWritePaths=' "$unit") == 1 ]] || fail "more than one ReadWritePaths="
    exposure=$(systemd-analyze security --offline=yes "$unit" 2>/dev/null | sed -n 's/.*Overall exposure level for [^:]*: //p')
    echo "systemd-analyze verify: no findings; systemd-analyze security: exposure ${exposure:-?}"
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
    if grep -q 'helper .* is missing' <<<"$status"; then fail "printer helper not found: $status"; fi
    if [[ -x $r/usr/bin/kakanai-kiosk ]]; then
        # The kiosk loads its QML and the demo config's forms from the unpacked root.
        selftest=$(cd "$tmp" && QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$tmp timeout 60 \
            "$r/usr/bin/kakanai-kiosk" --demo --self-test 2>&1) || { echo "$selftest"; fail "kakanai-kiosk --self-test"; }
        grep -q 'first_frame_ms=' <<<"$selftest" || fail "kakanai-kiosk self-test: $selftest"
        echo "$selftest" | grep 'first_frame_ms='

    fi
    echo "installed layout works from $r: config check, form list, form fill, normalize postal, printer helper, kiosk self-test"
    ;;
*) fail "unknown step $step" ;;
esac
