"""French, in the register of UN documents (UNTERM: coordination civilo-militaire, principaux
résultats, prochaines étapes, délégués, tables thématiques for a marketplace session)."""

TRANSLATIONS: dict[str, str | list[str]] = {
    # panels
    "Events": "Événements",
    "Sessions": "Séances",
    "Marketplace tables": "Tables thématiques",
    "No events yet.\nCtrl+Shift+E adds one.": "Aucun événement.\nCtrl+Maj+E en ajoute un.",
    "Select an event to see its sessions.": "Sélectionnez un événement pour voir ses séances.",
    "No sessions yet.\nCtrl+Shift+S adds one.": "Aucune séance.\nCtrl+Maj+S en ajoute une.",
    "Select a session to see its marketplace tables.": "Sélectionnez une séance pour voir ses tables thématiques.",
    "No marketplace tables.\nCtrl+Shift+G adds one.": "Aucune table thématique.\nCtrl+Maj+G en ajoute une.",
    "No event matches “{words}”.": "Aucun événement ne correspond à « {words} ».",
    "Filter events (title, host, place)": "Filtrer les événements (titre, hôte, lieu)",
    "Filter events": "Filtrer les événements",
    # language menu
    "&Language": "&Langue",
    "System language": "Langue du système",
    "The language of the window's menus, buttons and messages": "La langue des menus, boutons et messages de la fenêtre",
    # session clock
    "Session clock: time since the selected session started today": "Horloge de séance : temps écoulé depuis le début de la séance sélectionnée aujourd'hui",
    "Window open for {duration}": "Fenêtre ouverte depuis {duration}",
    "Session starts in {duration} (at {time})": "La séance commence dans {duration} (à {time})",
    "Session running {duration} (since {time})": "Séance en cours depuis {duration} (depuis {time})",
    "Session running {duration} (since {time}) · %n min left": [
        "Séance en cours depuis {duration} (depuis {time}) · %n min restante",
        "Séance en cours depuis {duration} (depuis {time}) · %n min restantes",
    ],
    "Session running {duration} (since {time}) · over by %n min": [
        "Séance en cours depuis {duration} (depuis {time}) · dépassement de %n min",
        "Séance en cours depuis {duration} (depuis {time}) · dépassement de %n min",
    ],
    # trash
    "Trash": "Corbeille",
    "Deleted records": "Fiches supprimées",
    "&Restore": "&Restaurer",
    "Put the selected record back where it was (Enter)": "Remettre la fiche sélectionnée à sa place (Entrée)",
    "%n deleted record(s)": ["%n fiche supprimée", "%n fiches supprimées"],
    "The Trash is empty.": "La corbeille est vide.",
    # welcome page
    "Welcome — {program}": "Bienvenue — {program}",
    "Welcome to {program}": "Bienvenue dans {program}",
    "Capture the key outcomes and next steps of a workshop as people speak, export the summary the same day, and merge notes with your co-facilitators. Nothing to save: every edit is kept the moment you make it.": "Consignez les principaux résultats et les prochaines étapes d'un atelier au fil des interventions, exportez le résumé le jour même et fusionnez vos notes avec celles des co-animateurs. Rien à enregistrer : chaque modification est conservée dès que vous la faites.",
    "Try the demo workshop": "Essayer l'atelier de démonstration",
    "Open a temporary copy of HNPW 2017 and two other UN-CMCoord events. Your own data folder stays empty.": "Ouvrir une copie temporaire de la HNPW 2017 et de deux autres événements UN-CMCoord. Votre dossier de données reste vide.",
    "Create an event": "Créer un événement",
    "Start with an empty event, then add its sessions and marketplace tables.": "Commencer par un événement vide, puis ajouter ses séances et ses tables thématiques.",
    "Create from a copy of a past event…": "Créer à partir d'une copie d'un événement passé…",
    "Pick last year's records file (an export or a shared file): its sessions and marketplace tables are copied, without outcomes, next steps, ideas, notes or delegates.": "Choisissez le fichier de fiches de l'an dernier (un export ou un fichier partagé) : ses séances et tables thématiques sont copiées, sans résultats, prochaines étapes, idées, notes ni délégués.",
    "Your data folder: {folder}": "Votre dossier de données : {folder}",
    # command line
    "Capture UN-CMCoord workshop outcomes live, export PDF summaries, and sync with co-facilitators through a shared file.": "Consigner en direct les résultats des ateliers UN-CMCoord, exporter des résumés PDF et synchroniser avec les co-animateurs au moyen d'un fichier partagé.",
    "the window's and these messages' language: ar, zh, en, fr, ru or es": "langue de la fenêtre et de ces messages : ar, zh, en, fr, ru ou es",
    "data folder (default: the user's data folder)": "dossier de données (par défaut : celui de l'utilisateur)",
    "work on a fresh copy of the demo workshop, not your data": "travailler sur une copie neuve de l'atelier de démonstration, et non sur vos données",
    "export an event summary (pdf, html, docx, email, md) or all records (json)": "exporter le résumé d'un événement (pdf, html, docx, email, md) ou toutes les fiches (json)",
    "the event's id or exact title": "l'identifiant ou le titre exact de l'événement",
    "every record, tombstones included (json)": "toutes les fiches, suppressions comprises (json)",
    "file to write": "fichier à écrire",
    "only these sessions (id or title)": "seulement ces séances (identifiant ou titre)",
    "html: the summary alone, without page or style": "html : le résumé seul, sans page ni style",
    "html: slides as files in a folder beside the page instead of inside it": "html : les diapositives dans un dossier à côté de la page plutôt qu'à l'intérieur",
    "email: attach the summary as a PDF too": "email : joindre aussi le résumé en PDF",
    "merge a records file (a json export) into the data folder": "fusionner un fichier de fiches (un export json) dans le dossier de données",
    "merge with a shared file or a team server (postgresql://…), both ways": "fusionner avec un fichier partagé ou un serveur d'équipe (postgresql://…), dans les deux sens",
    "the shared file, or postgresql://USER@HOST/DATABASE": "le fichier partagé, ou postgresql://UTILISATEUR@HÔTE/BASE",
    "go ahead even if more than half of the records would be deleted": "continuer même si plus de la moitié des fiches seraient supprimées",
    "merge even if the file holds another workshop (no event in common)": "fusionner même si le fichier contient un autre atelier (aucun événement en commun)",
    "re-date changes made while this laptop's clock was far ahead, and rewrite FILE": "redater les modifications faites quand l'horloge de cet ordinateur avançait beaucoup, et réécrire FILE",
    "the shared file to rewrite": "le fichier partagé à réécrire",
    "set up a team server (PostgreSQL) and its members": "configurer un serveur d'équipe (PostgreSQL) et ses membres",
    "create or upgrade the schema and the two roles": "créer ou mettre à niveau le schéma et les deux rôles",
    "after restoring a backup: every laptop reads the whole server again": "après la restauration d'une sauvegarde : chaque ordinateur relit tout le serveur",
    "remove superseded versions (every laptop's records stay the same)": "supprimer les versions remplacées (les fiches de chaque ordinateur restent les mêmes)",
    "create a login account for a member": "créer un compte de connexion pour un membre",
    "may only read": "lecture seule",
    "cmcoord-desktop: stopped.": "cmcoord-desktop : arrêté.",
    "{folder} is a folder: name the file to write in it": "{folder} est un dossier : indiquez le fichier à y écrire",
    "json exports every record: add --all": "json exporte toutes les fiches : ajoutez --all",
    "Wrote {file}": "{file} écrit",
}

_SAFE = (
    "Vos données sont en sécurité : chaque modification a été enregistrée dès que vous l'avez "
    "faite. CMCoord Desktop continue de fonctionner ; si quelque chose semble anormal, "
    "fermez-le et rouvrez-le."
)
TRANSLATIONS.update(
    {
        # About and the shortcuts sheet
        "Version": "Version",
        "Data folder": "Dossier de données",
        "Log file": "Fichier journal",
        "not written (see the terminal)": "non écrit (voir le terminal)",
        "Built with": "Conçu avec",
        "Capture the outcomes of UN-CMCoord workshops live, export PDF summaries the same day, and merge notes with co-facilitators through a shared file.": "Consignez en direct les résultats des ateliers UN-CMCoord, exportez des résumés PDF le jour même et fusionnez vos notes avec celles des co-animateurs au moyen d'un fichier partagé.",
        "Fonts in PDF summaries": "Polices des résumés PDF",
        "Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei and DejaVu Sans, and for emoji and symbols (in the window too, where the system has no emoji font) subsets of Noto Emoji and Noto Sans Symbols 2; their licences:": "Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei et DejaVu Sans, et pour les émojis et symboles (aussi dans la fenêtre, si le système n'a pas de police d'émojis) des sous-ensembles de Noto Emoji et Noto Sans Symbols 2 ; leurs licences :",
        "Libraries": "Bibliothèques",
        "Qt and PySide6 are used under the GNU LGPL version 3: their shared libraries sit unmodified in the program folder and can be replaced with compatible builds. Source: {link}.": "Qt et PySide6 sont utilisés sous la licence GNU LGPL version 3 : leurs bibliothèques partagées se trouvent, non modifiées, dans le dossier du programme et peuvent être remplacées par des versions compatibles. Source : {link}.",
        "About {program}": "À propos de {program}",
        "Keyboard shortcuts — {program}": "Raccourcis clavier — {program}",
        "Action": "Action",
        "Keys": "Touches",
        "Typing in the editor": "Saisie dans l'éditeur",
        # slides
        "Slides (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;All files (*)": "Diapositives (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;Tous les fichiers (*)",
        "That file is not an image or a PDF, so it was not added": "Ce fichier n'est ni une image ni un PDF : il n'a pas été ajouté",
        "Caption, e.g. the slide's title": "Légende, par exemple le titre de la diapositive",
        "Remove this slide (Undo brings it back)": "Retirer cette diapositive (Annuler la rétablit)",
        "Presentation": "Présentation",
        "Add a slide image…": "Ajouter l'image d'une diapositive…",
        "or paste one (Ctrl+V), or drop a file here": "ou collez-en une (Ctrl+V), ou déposez un fichier ici",
        "Choose a presentation slide": "Choisir une diapositive de présentation",
        "Could not read {file}: {reason}": "Impossible de lire {file} : {reason}",
        # errors
        "Something went wrong: {summary}.\n\nYour data is safe: every edit was saved the moment you made it. CMCoord Desktop keeps running; if something looks wrong, close it and open it again.\n\nThe details are in the log file:\n{log}\nPlease send that file with a few words on what you were doing.": "Un problème est survenu : {summary}.\n\n" + _SAFE + "\n\nLes détails figurent dans le fichier journal :\n{log}\nVeuillez envoyer ce fichier en indiquant en quelques mots ce que vous faisiez.",
        "Something went wrong: {summary}.\n\nYour data is safe: every edit was saved the moment you made it. CMCoord Desktop keeps running; if something looks wrong, close it and open it again.\n\nThe details could not be written to a log file.": "Un problème est survenu : {summary}.\n\n" + _SAFE + "\n\nLes détails n'ont pas pu être écrits dans un fichier journal.",
        "CMCoord Desktop could not open its data folder {folder}: {reason}.\n\nNothing in the folder was deleted. Keep a copy of the folder before trying anything else, and ask for help with it.": "CMCoord Desktop n'a pas pu ouvrir son dossier de données {folder} : {reason}.\n\nRien n'a été supprimé dans le dossier. Faites-en une copie avant toute autre tentative et demandez de l'aide.",
        "The details are in the log file:\n{log}": "Les détails figurent dans le fichier journal :\n{log}",
        "CMCoord Desktop could not start": "CMCoord Desktop n'a pas pu démarrer",
        "CMCoord Desktop: unexpected error": "CMCoord Desktop : erreur inattendue",
        # items
        "Type an outcome, press Enter for the next": "Saisissez un résultat, Entrée pour le suivant",
        "Type a next step, press Enter for the next": "Saisissez une prochaine étape, Entrée pour la suivante",
        "Type an idea, press Enter for the next": "Saisissez une idée, Entrée pour la suivante",
        "Delete this key outcome (Alt+Delete)": "Supprimer ce résultat principal (Alt+Suppr)",
        "Delete this next step (Alt+Delete)": "Supprimer cette prochaine étape (Alt+Suppr)",
        "Delete this idea (Alt+Delete)": "Supprimer cette idée (Alt+Suppr)",
        "Open": "Ouverte",
        "In progress": "En cours",
        "Done": "Terminée",
        "Who follows up": "Responsable du suivi",
        "Due date": "Échéance",
        "Owner": "Responsable",
        "Due": "Échéance",
        "Status": "État",
        # a past event
        "CMCoord records (*.cmcsync *.json);;All files (*)": "Fiches CMCoord (*.cmcsync *.json);;Tous les fichiers (*)",
        "From a records file (an export or a shared file)…": "À partir d'un fichier de fiches (un export ou un fichier partagé)…",
        "Which event's sessions and marketplace tables should the new event get?": "De quel événement le nouvel événement doit-il reprendre les séances et les tables thématiques ?",
        "New event from a past event": "Nouvel événement à partir d'un événement passé",
        "(untitled)": "(sans titre)",
        "Copy a past event from a records file": "Copier un événement passé depuis un fichier de fiches",
        "Cannot read that file": "Impossible de lire ce fichier",
        "No event in that file": "Aucun événement dans ce fichier",
        "{file} holds no event.": "{file} ne contient aucun événement.",
    }
)

TRANSLATIONS.update(
    {
        "find any word of any record; one match a line, grouped by event": "chercher n'importe quel mot de n'importe quelle fiche ; une correspondance par ligne, groupées par événement",
        'words, "a quoted phrase"; the last word may be a prefix': 'des mots, "une expression entre guillemets" ; le dernier mot peut être un début de mot',
        "also records in the Trash": "aussi les fiches de la corbeille",
        "at most this many (200)": "au plus ce nombre (200)",
        "every next step of every event: list them, or write csv, xlsx, ics or pdf": "toutes les prochaines étapes de tous les événements : les lister, ou écrire csv, xlsx, ics ou pdf",
        "only these statuses": "seulement ces états",
        "only this owner (case and accents ignored)": "seulement ce responsable (sans tenir compte de la casse ni des accents)",
        "only this event (id or exact title), carried ones too": "seulement cet événement (identifiant ou titre exact), reprises comprises",
        "only events of this series": "seulement les événements de cette série",
        "only overdue, this week, no date": "seulement en retard, cette semaine, sans date",
        "only steps whose text or owner has these words": "seulement les étapes dont le texte ou le responsable contient ces mots",
        "file format (pdf: open and in progress by default)": "format du fichier (pdf : ouvertes et en cours par défaut)",
        "file to write (without it: list them)": "fichier à écrire (sans lui : les lister)",
    }
)
