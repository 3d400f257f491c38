"""Texts of the config file, ``minutes config`` and the identity sentences (issue 12)."""

from __future__ import annotations

SV: dict[str, str] = {
    "config.doc.name": "Ditt namn: författare till synkade ändringar och den som justerar.",
    "config.doc.email": "Din e-post: författare till synkade ändringar.",
    "config.doc.language": (
        'Gränssnittets språk: "sv", "en" eller "de"; "" följer datorns inställning.'
    ),
    "config.doc.document_language": (
        'Dokumentspråk för ett nytt organs protokoll: "sv", "en" eller "de"; "" följer '
        "dokumenttypen (minutes: engelska, annars svenska)."
    ),
    "config.doc.theme": 'Färgtema (Ctrl+P, "theme"); "" är standardtemat.',
    "config.doc.sync_interval": (
        "Sekunder mellan bakgrundssynkningar medan ett möte pågår (annars en gång i "
        "minuten); 0 = av."
    ),
    "config.doc.sync_after_save": (
        "Medan ett möte pågår synkas strax efter att något sparats, högst en gång per så "
        "många sekunder (den andra sidan ser ett ord inom ett intervall); 0 = bara var "
        "sync_interval."
    ),
    "config.doc.sync_check_interval": (
        "Sekunder mellan snabba kontroller av om fjärrplatsen har något nytt, mellan "
        "synkningar medan ett möte pågår (en anslutning var, se docs/sync.md); 0 = av."
    ),
    "config.doc.git_timeout": "Sekunder ett git-kommando över nätet (fetch, push) får ta.",
    "config.doc.signing_key": (
        "En SSH-nyckel som signerar dina justeringar (nyckeln, eller dess .pub när nyckeln "
        'finns i ssh-agent); "" = gits egen user.signingkey, annars hashas justeringar utan '
        "signatur."
    ),
    "config.doc.keymap": 'Egna tangenter: id = "tangenter", t.ex. next_item = "f10,ctrl+n".',
    "config.where.line": "{file}, rad {line}",
    "config.where.file": "{file}",
    "config.where.env": "Miljövariabeln {var}",
    "config.problem": "{where}: {what}",
    "config.bad.syntax": (
        "raden {setting} går inte att läsa som TOML ({detail}); den hoppas över tills du rättar "
        "den, och appen skriver inte över filen."
    ),
    "config.bad.syntax_quote": (
        "raden {setting} går inte att läsa som TOML ({detail}): ett tangent-id med punkt ska stå "
        'inom citattecken, som "next_item.letter" = "j"; raden hoppas över tills du rättar '
        "den, och appen skriver inte över filen."
    ),
    "config.bad.syntax_line": (
        "raden {text} går inte att läsa som TOML ({detail}); den hoppas över tills du rättar "
        "den, och appen skriver inte över filen."
    ),
    "config.bad.syntax_all": (
        "filen går inte att läsa som TOML ({detail}); standardinställningarna används och "
        "appen skriver inte över filen."
    ),
    "config.bad.not_utf8": (
        "filen är inte UTF-8-text; standardinställningarna används och appen skriver inte "
        "över filen."
    ),
    "config.bad.unreadable": (
        "filen går inte att läsa ({detail}); standardinställningarna används och appen "
        "skriver inte över filen."
    ),
    "config.bad.text": (
        "{setting} = {value} ska vara text inom citattecken; standardvärdet används."
    ),
    "config.bad.control": "{setting} = {value} innehåller styrtecken; standardvärdet används.",
    "config.bad.email": (
        "{setting} = {value} är ingen e-postadress (namn@exempel.se); den används inte."
    ),
    "config.bad.language": (
        '{setting} = {value} är inget språk appen kan: skriv "sv", "en", "de" eller "" '
        "(datorns inställning), som används tills vidare."
    ),
    "config.bad.seconds": (
        "{setting} = {value} ska vara ett heltal sekunder, minst {minimum}; standardvärdet används."
    ),
    "config.bad.seconds_quoted": (
        "{setting} = {value} ska skrivas utan citattecken, {setting} = {number}; standardvärdet "
        "används tills dess."
    ),
    "config.bad.table": (
        '{setting} = {value} ska vara en tabell ([keymap] med id = "tangenter"); inga egna '
        "tangenter används."
    ),
    "config.bad.unknown_binding": (
        'tangent-id "{id}" finns inte i appen (hjälpskärmen, F1, visar id:na); det används inte.'
    ),
    "config.bad.keys": (
        '"{id}" = {value} ska vara tangenter inom citattecken, t.ex. "ctrl+n,f8"; '
        "standardtangenterna används."
    ),
    "config.bad.theme": (
        'temat "{theme}" finns inte (välj ett med Ctrl+P, "tema"); standardtemat används.'
    ),
    "config.bad.unknown_setting": ("{setting} är ingen inställning; de finns: {known}."),
    "config.not_saved.syntax": (
        "Inställningarna sparades inte: {file} har ett fel på rad {line} och appen skriver "
        "inte över en fil den inte kunde läsa; rätta raden (eller använd 'minutes config "
        "set' när den är rättad)."
    ),
    "config.not_saved.not_utf8": (
        "Inställningarna sparades inte: {file} är inte UTF-8-text och appen skriver inte över "
        "en fil den inte kunde läsa."
    ),
    "config.not_saved.unreadable": (
        "Inställningarna sparades inte: {file} går inte att läsa ({detail}) och appen skriver "
        "inte över en fil den inte kunde läsa."
    ),
    "config.theme_not_saved": "Temat sparades inte: {detail}",
    "config.identity_this_session": "Namnet och e-posten gäller tills du stänger programmet.",
    "config.set_done": "Sparade {setting} = {value} i {file}.",
    "config.unset_done": "Tog bort {setting} ur {file}; standardvärdet gäller.",
    "config.env_wins": "Obs: {var} är satt och gäller före filen i den här terminalen.",
    "config.not_set": "{setting} är inte satt (standard: {value}).",
    "config.source.file": "från filen",
    "config.source.env": "från {var}",
    "config.source.default": "standard",
    "config.no_identity_approve": (
        "Ditt namn och din e-post behövs för att justera: namnet står i protokollet som den "
        "som justerade och båda märker git-taggen. Ange dem med minutes config set name "
        '"Anna Andersson" och minutes config set email anna@exempel.se (eller MINUTES_NAME och '
        "MINUTES_EMAIL), eller kör kommandot i en terminal så frågar den."
    ),
    "config.no_identity_reopen": (
        "Ditt namn och din e-post behövs för att öppna ett justerat protokoll igen: namnet "
        "står i protokollet som den som öppnade det. Ange dem med minutes config set name "
        '"Anna Andersson" och minutes config set email anna@exempel.se (eller MINUTES_NAME och '
        "MINUTES_EMAIL), eller kör kommandot i en terminal så frågar den."
    ),
}

EN: dict[str, str] = {
    "config.doc.name": "Your name: the git author of synced changes and who approved.",
    "config.doc.email": "Your e-mail: the git author of synced changes.",
    "config.doc.language": 'Interface language: "sv", "en" or "de"; "" follows the locale.',
    "config.doc.document_language": (
        'Document language of a new body\'s minutes: "sv", "en" or "de"; "" follows the '
        "document kind (minutes: English, otherwise Swedish)."
    ),
    "config.doc.theme": 'Colour theme (Ctrl+P, "theme"); "" is the default theme.',
    "config.doc.sync_interval": (
        "Seconds between background syncs while a meeting is in progress (otherwise once "
        "a minute); 0 = off."
    ),
    "config.doc.sync_after_save": (
        "While a meeting is in progress, sync soon after a save, at most once per this "
        "many seconds (the other side sees a word within one interval); 0 = only every "
        "sync_interval."
    ),
    "config.doc.sync_check_interval": (
        "Seconds between cheap checks whether the remote has something new, between "
        "syncs while a meeting is in progress (one connection each, see docs/sync.md); "
        "0 = off."
    ),
    "config.doc.git_timeout": "Seconds a network git command (fetch, push) may take.",
    "config.doc.signing_key": (
        "An SSH key that signs your approvals (the key, or its .pub when the key is in "
        'ssh-agent); "" = git\'s own user.signingkey, else approvals are hashed, not signed.'
    ),
    "config.doc.keymap": 'Your own keys: id = "keys", e.g. next_item = "f10,ctrl+n".',
    "config.where.line": "{file}, line {line}",
    "config.where.file": "{file}",
    "config.where.env": "The environment variable {var}",
    "config.problem": "{where}: {what}",
    "config.bad.syntax": (
        "the line {setting} cannot be read as TOML ({detail}); it is skipped until you fix it, "
        "and the app does not overwrite the file."
    ),
    "config.bad.syntax_quote": (
        "the line {setting} cannot be read as TOML ({detail}): a key id with a dot must be in "
        'quotes, like "next_item.letter" = "j"; the line is skipped until you fix it, and '
        "the app does not overwrite the file."
    ),
    "config.bad.syntax_line": (
        "the line {text} cannot be read as TOML ({detail}); it is skipped until you fix it, "
        "and the app does not overwrite the file."
    ),
    "config.bad.syntax_all": (
        "the file cannot be read as TOML ({detail}); the default settings are used and the app "
        "does not overwrite the file."
    ),
    "config.bad.not_utf8": (
        "the file is not UTF-8 text; the default settings are used and the app does not "
        "overwrite the file."
    ),
    "config.bad.unreadable": (
        "the file cannot be read ({detail}); the default settings are used and the app does "
        "not overwrite the file."
    ),
    "config.bad.text": "{setting} = {value} must be text in quotes; the default is used.",
    "config.bad.control": "{setting} = {value} contains control characters; the default is used.",
    "config.bad.email": (
        "{setting} = {value} is not an e-mail address (name@example.org); not used."
    ),
    "config.bad.language": (
        '{setting} = {value} is not a language the app speaks: write "sv", "en", "de" or "" '
        "(the computer's setting), which is used for now."
    ),
    "config.bad.seconds": (
        "{setting} = {value} must be a whole number of seconds, at least {minimum}; the default is "
        "used."
    ),
    "config.bad.seconds_quoted": (
        "{setting} = {value} must be written without quotes, {setting} = {number}; the "
        "default is used until then."
    ),
    "config.bad.table": (
        '{setting} = {value} must be a table ([keymap] with id = "keys"); no own keys are used.'
    ),
    "config.bad.unknown_binding": (
        'the key id "{id}" is not one of the app\'s (the help screen, F1, shows the ids); it '
        "is not used."
    ),
    "config.bad.keys": (
        '"{id}" = {value} must be keys in quotes, e.g. "ctrl+n,f8"; the default keys are used.'
    ),
    "config.bad.theme": (
        'there is no theme "{theme}" (choose one with Ctrl+P, "theme"); the default theme is used.'
    ),
    "config.bad.unknown_setting": "{setting} is not a setting; there are: {known}.",
    "config.not_saved.syntax": (
        "The settings were not saved: {file} has an error on line {line} and the app does not "
        "overwrite a file it could not read; fix the line (or use 'minutes config set' once "
        "it is fixed)."
    ),
    "config.not_saved.not_utf8": (
        "The settings were not saved: {file} is not UTF-8 text and the app does not overwrite "
        "a file it could not read."
    ),
    "config.not_saved.unreadable": (
        "The settings were not saved: {file} cannot be read ({detail}) and the app does not "
        "overwrite a file it could not read."
    ),
    "config.theme_not_saved": "The theme was not saved: {detail}",
    "config.identity_this_session": "The name and e-mail are used until you close the app.",
    "config.set_done": "Saved {setting} = {value} in {file}.",
    "config.unset_done": "Removed {setting} from {file}; the default applies.",
    "config.env_wins": "Note: {var} is set and wins over the file in this terminal.",
    "config.not_set": "{setting} is not set (default: {value}).",
    "config.source.file": "from the file",
    "config.source.env": "from {var}",
    "config.source.default": "default",
    "config.no_identity_approve": (
        "Your name and e-mail are needed to approve: the name goes into the minutes as who "
        "approved and both mark the git tag. Give them with minutes config set name "
        '"Anna Andersson" and minutes config set email anna@example.org (or MINUTES_NAME and '
        "MINUTES_EMAIL), or run the command in a terminal and it asks."
    ),
    "config.no_identity_reopen": (
        "Your name and e-mail are needed to reopen approved minutes: the name goes into the "
        "minutes as who reopened them. Give them with minutes config set name "
        '"Anna Andersson" and minutes config set email anna@example.org (or MINUTES_NAME and '
        "MINUTES_EMAIL), or run the command in a terminal and it asks."
    ),
}
