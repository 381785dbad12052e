#!/usr/bin/env bash
# Installs preuve under PREFIX (default /usr/local): the binary, its man page and its shell
# completions. The binary carries its lexicon, vocabulary and schemas (compiled in by the
# EmbedData plugin): nothing else is needed beside it, and the build folder may go.
#
#   Scripts/install.sh [PREFIX]                 build in release mode, then install
#   Scripts/install.sh --binary FILE [PREFIX]   install a binary already built (no build)
#
# Installs PREFIX/bin/preuve, PREFIX/share/man/man1/preuve.1 (swift-argument-parser's
# generate-manual plugin; with --binary, or when the plugin cannot run, a page made from
# `preuve --help`), and completions for bash, zsh and fish under PREFIX/share; and
# PREFIX/bin/preuve-serve when it was built beside the binary (`preuve serve`).
set -euo pipefail

binary=""
if [ "${1:-}" = "--binary" ]; then
    [ $# -ge 2 ] || { echo "install.sh: --binary needs a file" >&2; exit 2; }
    binary="$2"
    shift 2
fi
prefix="${1:-/usr/local}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

man=""
if [ -z "$binary" ]; then
    echo "install.sh: building preuve (release)"
    (cd "$root" && swift build -c release --product preuve)
    binary="$(cd "$root" && swift build -c release --show-bin-path)/preuve"
    echo "install.sh: generating the man page (swift package generate-manual)"
    if (cd "$root" && swift package plugin generate-manual >"$work/plugin.log" 2>&1); then
        man="$(find "$root/.build/plugins/GenerateManual" -name preuve.1 -newer "$work" 2>/dev/null | head -n 1 || true)"
    fi
    if [ -z "$man" ]; then
        echo "install.sh: generate-manual made no page; the man page is made from --help. Its output:" >&2
        sed 's/^/  /' "$work/plugin.log" >&2 || true
    fi
fi
[ -x "$binary" ] || { echo "install.sh: no executable at $binary" >&2; exit 1; }

# The binary must run alone: it reads no resource folder.
"$binary" --version >/dev/null

if [ -z "$man" ]; then
    # A plain page from the help texts (the same texts the plugin reads).
    man="$work/preuve.1"
    {
        echo ".TH PREUVE 1 \"$(date +%Y-%m-%d)\" \"$("$binary" --version | head -n 1)\""
        echo ".SH NAME"
        echo "preuve \\- an evidence catalogue for health claims"
        echo ".SH DESCRIPTION"
        echo ".nf"
        "$binary" --help | sed 's/\\/\\e/g; s/^\./\\\&./'
        for command in $("$binary" --help | awk '/^SUBCOMMANDS:/{on=1; next} on && NF {print $1} on && !NF {on=0}'); do
            echo
            echo ".SH \"PREUVE $(echo "$command" | tr '[:lower:]' '[:upper:]')\""
            "$binary" help "$command" | sed 's/\\/\\e/g; s/^\./\\\&./'
        done
        echo ".fi"
    } >"$man"
fi

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 0755 "$binary" "$prefix/bin/preuve"
# The server (`preuve serve` runs it from beside preuve), when it was built: it is a product of
# its own (`swift build -c release --product preuve-serve`), so that preuve does not link SwiftNIO.
if [ -x "$(dirname "$binary")/preuve-serve" ]; then
    install -m 0755 "$(dirname "$binary")/preuve-serve" "$prefix/bin/preuve-serve"
    echo "install.sh: installed $prefix/bin/preuve-serve (preuve serve)"
fi
install -m 0644 "$man" "$prefix/share/man/man1/preuve.1"
"$prefix/bin/preuve" --generate-completion-script bash >"$prefix/share/bash-completion/completions/preuve"
"$prefix/bin/preuve" --generate-completion-script zsh >"$prefix/share/zsh/site-functions/_preuve"
"$prefix/bin/preuve" --generate-completion-script fish >"$prefix/share/fish/vendor_completions.d/preuve.fish"
echo "install.sh: installed $prefix/bin/preuve ($("$prefix/bin/preuve" --version | head -n 1)), its man page and completions"
