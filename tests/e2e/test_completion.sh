#!/bin/sh
# test_completion.sh: the bash completion (completion/nis2-notify) under
# bash-completion: the options of --help, the values of --lang, --stage and
# --format, the shipped scenarios after --training (as --list-scenarios
# prints them, from --data DIR when given), the saved cases of the state
# folder after --evaluate/--draft/--forget and for the wizard's CASE.
. "${TOP_SRCDIR}/tests/e2e/lib.sh"
bc=/usr/share/bash-completion/bash_completion
if ! command -v bash >/dev/null 2>&1 || [ ! -r "$bc" ]; then
	echo "1..0 # SKIP bash or bash-completion is not installed"
	exit 0
fi
bindir="$TMPDIR_TEST/bin"
mkdir -p "$bindir"
ln -s "$NIS2_BIN" "$bindir/nis2-notify"

# comp WORD...: what completing the last WORD of "nis2-notify WORD..."
# offers, one a line, sorted.
comp() {
	PATH="$bindir:$PATH" bash -c '
		. "$1"; . "$2"; shift 2
		COMP_WORDS=(nis2-notify "$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
		COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
		_nis2_notify nis2-notify "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
		printf "%s\n" "${COMPREPLY[@]}" | sort' \
		sh "$bc" "$TOP_SRCDIR/completion/nis2-notify" "$@" 2>&1
}

# --list-scenarios prints the shipped scenarios, those of data/scenarios.
shipped=$(ls "$TOP_SRCDIR/data/scenarios" | sed -n 's/\.yaml$//p' | sort)
equals "$("$NIS2_BIN" --list-scenarios | sort)" "$shipped" "--list-scenarios prints the shipped scenarios"
mkdir -p "$TMPDIR_TEST/data"
cp -r "$TOP_SRCDIR/data/"*.yaml "$TOP_SRCDIR/data/scenarios" "$TMPDIR_TEST/data/"
cp "$TOP_SRCDIR/data/scenarios/bank-online-banking.yaml" "$TMPDIR_TEST/data/scenarios/my-own-drill.yaml"
contains "$("$NIS2_BIN" --data "$TMPDIR_TEST/data" --list-scenarios)" "my-own-drill" "--list-scenarios reads --data DIR"

mkdir "$TMPDIR_TEST/empty"
equals "$(cd "$TMPDIR_TEST/empty" && comp --training "")" "$shipped" "--training completes the shipped scenarios"
cp "$TOP_SRCDIR/data/scenarios/bank-online-banking.yaml" "$TMPDIR_TEST/empty/drill.yaml"
contains "$(cd "$TMPDIR_TEST/empty" && comp --training dr)" "drill.yaml" "--training also completes a scenario file"
equals "$(comp --training wat)" "water-scada-alert" "--training completes a scenario's start"
contains "$(comp --data "$TMPDIR_TEST/data" --training my)" "my-own-drill" "--training after --data DIR completes DIR's scenarios"

opts=$("$NIS2_BIN" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
got=$(comp -- | sort -u)
for o in $opts; do
	case "$got" in *"$o"*) ;; *) missing="$missing $o" ;; esac
done
equals "${missing:-}" "" "every option of --help is completed"
equals "$(comp --la)" "--lang" "an option completes from its start"
equals "$(comp --lang "")" "$(printf 'en\nfr\nnl')" "--lang completes en, nl, fr"
equals "$(comp --stage n)" "notification" "--stage completes the stages"
equals "$(comp --format j)" "json" "--format completes the formats"

export XDG_STATE_HOME="$TMPDIR_TEST/state"
mkdir -p "$XDG_STATE_HOME/nis2-notify"
: > "$XDG_STATE_HOME/nis2-notify/case-20261207-101500.yaml"
: > "$XDG_STATE_HOME/nis2-notify/waterleiding.yaml"
saved="$XDG_STATE_HOME/nis2-notify/waterleiding.yaml"
equals "$(cd "$TMPDIR_TEST" && comp --evaluate water)" "$saved" "--evaluate completes a saved case by its name, to its path"
contains "$(cd "$TMPDIR_TEST" && comp --forget "")" "case-20261207-101500.yaml" "--forget offers the saved cases"
contains "$(cd "$TMPDIR_TEST" && comp "")" "$saved" "the wizard's CASE offers the saved cases"
cp "$TOP_SRCDIR/data/examples/water-utility.yaml" "$TMPDIR_TEST/mine.yaml"
contains "$(cd "$TMPDIR_TEST" && comp --draft mi)" "mine.yaml" "--draft completes the case files here"

done_testing
