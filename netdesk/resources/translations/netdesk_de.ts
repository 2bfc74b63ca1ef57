<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Sync accounts</source>
        <translation>Synchronisierungskonten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Adressbuch und Kalender</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>No account yet: add one to have your network on your phone and laptop too.</source>
        <translation>Noch kein Konto: Fügen Sie eines hinzu, um Ihr Netzwerk auch auf Ihrem Telefon und Laptop zu haben.</translation>
    </message>
    <message>
        <source>&amp;Add account...</source>
        <translation>Konto &amp;hinzufügen...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate...</source>
        <translation>Neuem &amp;Zertifikat vertrauen...</translation>
    </message>
    <message>
        <source>When a server with a certificate of its own renewed it: see the new one&apos;s fingerprint and trust it</source>
        <translation>Wenn ein Server mit eigenem Zertifikat es erneuert hat: den Fingerabdruck des neuen ansehen und ihm vertrauen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Automatisch synchronisieren: &amp;alle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minuten zwischen zwei Synchronisierungen</translation>
    </message>
    <message>
        <source>while NetDesk is open</source>
        <translation>solange NetDesk geöffnet ist</translation>
    </message>
    <message>
        <source>Sync &amp;when NetDesk starts</source>
        <translation>Beim &amp;Start von NetDesk synchronisieren</translation>
    </message>
    <message>
        <source>{book} (contacts), {calendar} (calendar)</source>
        <translation>{book} (Kontakte), {calendar} (Kalender)</translation>
    </message>
    <message>
        <source>{book} (contacts)</source>
        <translation>{book} (Kontakte)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>{when}: failed</source>
        <translation>{when}: fehlgeschlagen</translation>
    </message>
    <message>
        <source>Asking {url} for its certificate...</source>
        <translation>{url} wird nach seinem Zertifikat gefragt...</translation>
    </message>
    <message>
        <source>NetDesk could not check the server&apos;s certificate: {error}</source>
        <translation>NetDesk konnte das Zertifikat des Servers nicht prüfen: {error}</translation>
    </message>
    <message>
        <source>{url} still presents the certificate NetDesk trusts.</source>
        <translation>{url} zeigt weiterhin das Zertifikat, dem NetDesk vertraut.</translation>
    </message>
    <message>
        <source>Trust new certificate</source>
        <translation>Neuem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>{url} presents another certificate than the one NetDesk trusts.</source>
        <translation>{url} zeigt ein anderes Zertifikat als das, dem NetDesk vertraut.</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Dem neuen Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Keep the old one</source>
        <translation>Beim alten bleiben</translation>
    </message>
    <message>
        <source>Trust it only if its SHA-256 fingerprint is the one your server shows (for example in its administration page), or someone may be listening in.

New: {seen}
Trusted until now: {trusted}</source>
        <translation>Vertrauen Sie ihm nur, wenn sein SHA-256-Fingerabdruck der ist, den Ihr Server zeigt (zum Beispiel auf seiner Verwaltungsseite), sonst könnte jemand mithören.

Neu: {seen}
Bisher vertraut: {trusted}</translation>
    </message>
    <message>
        <source>The new certificate was not trusted.</source>
        <translation>Dem neuen Zertifikat wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>The new certificate is trusted; syncing again.</source>
        <translation>Dem neuen Zertifikat wird vertraut; es wird erneut synchronisiert.</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Stop syncing with {url}?</source>
        <translation>Synchronisierung mit {url} beenden?</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Konto behalten</translation>
    </message>
    <message>
        <source>The contacts stay here and on the server; NetDesk forgets the account and its password.</source>
        <translation>Die Kontakte bleiben hier und auf dem Server erhalten; NetDesk vergisst das Konto und sein Passwort.</translation>
    </message>
    <message>
        <source>The account was not removed.</source>
        <translation>Das Konto wurde nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Als neu importieren</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a sync account</source>
        <translation>Synchronisierungskonto hinzufügen</translation>
    </message>
    <message>
        <source>Your contacts, follow-ups and meetings sync with a CardDAV and CalDAV server (Nextcloud, Baikal, Radicale, Fastmail, iCloud...), so your phone has them too. Give the server&apos;s address, or the address of one address book.</source>
        <translation>Ihre Kontakte, Wiedervorlagen und Treffen werden mit einem CardDAV- und CalDAV-Server synchronisiert (Nextcloud, Baikal, Radicale, Fastmail, iCloud...), sodass Sie sie auch auf Ihrem Telefon haben. Geben Sie die Adresse des Servers oder die Adresse eines Adressbuchs ein.</translation>
    </message>
    <message>
        <source>https://dav.example.com</source>
        <translation>https://dav.example.com</translation>
    </message>
    <message>
        <source>The server asks for &amp;no password</source>
        <translation>Der Server verlangt k&amp;ein Passwort</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in NetDesk&apos;s files.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in den Dateien von NetDesk.</translation>
    </message>
    <message>
        <source>Use an unencrypted c&amp;onnection (contacts and password cross the network readable by anyone on the way)</source>
        <translation>&amp;Unverschlüsselte Verbindung verwenden (Kontakte und Passwort sind im Netz für jeden auf dem Weg lesbar)</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>Diesem &amp;Zertifikat für diesen Server vertrauen</translation>
    </message>
    <message>
        <source>Address &amp;book:</source>
        <translation>A&amp;dressbuch:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>&amp;Find address books</source>
        <translation>Adressbücher &amp;finden</translation>
    </message>
    <message>
        <source>Add &amp;account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Give the server&apos;s address first.</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Give the password, or tick that the server asks for none.</source>
        <translation>Geben Sie das Passwort ein, oder kreuzen Sie an, dass der Server keines verlangt.</translation>
    </message>
    <message>
        <source>Looking for address books and calendars on {host}...</source>
        <translation>Adressbücher und Kalender auf {host} werden gesucht...</translation>
    </message>
    <message>
        <source>The server has no address book NetDesk can use or make.</source>
        <translation>Der Server hat kein Adressbuch, das NetDesk nutzen oder anlegen kann.</translation>
    </message>
    <message>
        <source>New address book &quot;NetDesk&quot;</source>
        <translation>Neues Adressbuch „NetDesk“</translation>
    </message>
    <message>
        <source>New calendar &quot;NetDesk&quot;</source>
        <translation>Neuer Kalender „NetDesk“</translation>
    </message>
    <message>
        <source>No calendar (contacts only)</source>
        <translation>Kein Kalender (nur Kontakte)</translation>
    </message>
    <message>
        <source>Adding the account...</source>
        <translation>Konto wird hinzugefügt...</translation>
    </message>
    <message>
        <source>The server now shows another certificate than the one you trusted. If this is your own server and you renewed its certificate, compare the new SHA-256 fingerprint with the one below before you trust it:
{fingerprint}</source>
        <translation>Der Server zeigt jetzt ein anderes Zertifikat als das, dem Sie vertraut haben. Wenn es Ihr eigener Server ist und Sie sein Zertifikat erneuert haben, vergleichen Sie den neuen Fingerabdruck (SHA-256) mit dem folgenden, bevor Sie ihm vertrauen:
{fingerprint}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by an authority this computer trusts. If this is your own server, compare its SHA-256 fingerprint with the one below before you trust it:
{fingerprint}</source>
        <translation>Das Zertifikat des Servers ist nicht von einer Zertifizierungsstelle signiert, der dieser Computer vertraut. Wenn es Ihr eigener Server ist, vergleichen Sie seinen Fingerabdruck (SHA-256) mit dem folgenden, bevor Sie ihm vertrauen:
{fingerprint}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
</context>
<context>
    <name>AddressRows</name>
    <message>
        <source>Add address</source>
        <translation>Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Label (home, work)</source>
        <translation>Bezeichnung (privat, geschäftlich)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Diese Adresse entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Who I am, in two sentences</source>
        <translation>Wer ich bin, in zwei Sätzen</translation>
    </message>
    <message>
        <source>What I am exploring</source>
        <translation>Was ich gerade erkunde</translation>
    </message>
    <message>
        <source>My questions:</source>
        <translation>Meine Fragen:</translation>
    </message>
    <message>
        <source>Ask for two names I should talk to</source>
        <translation>Nach zwei Personen fragen, mit denen ich sprechen sollte</translation>
    </message>
    <message>
        <source>Ask whether they will call ahead to introduce me</source>
        <translation>Fragen, ob die Person mich vorab telefonisch ankündigt</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Names of {company}</source>
        <translation>Namen von {company}</translation>
    </message>
    <message>
        <source>A posting, a card or an import that names the company by any of these finds {company}.</source>
        <translation>Nennt eine Stellenanzeige, eine Kontaktkarte oder ein Import das Unternehmen mit einem dieser Namen, wird {company} gefunden.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <source>Another name, such as Globex Corp.</source>
        <translation>Ein weiterer Name, z. B. Globex Corp.</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Add the name {name}</source>
        <translation>Namen {name} hinzufügen</translation>
    </message>
    <message>
        <source>{company} is also known as {name}.</source>
        <translation>{company} heißt jetzt auch {name}.</translation>
    </message>
    <message>
        <source>The name was not added.</source>
        <translation>Der Name wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove the name {name}</source>
        <translation>Namen {name} entfernen</translation>
    </message>
    <message>
        <source>{name} is no longer a name of {company}.</source>
        <translation>{name} ist kein Name von {company} mehr.</translation>
    </message>
    <message>
        <source>The name was not removed.</source>
        <translation>Der Name wurde nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be written to {path}: {error}</source>
        <translation>Der Kalender konnte nicht in {path} geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>Exported {meetings} and {tasks} to {name}</source>
        <translation>{meetings} und {tasks} nach {name} exportiert</translation>
    </message>
</context>
<context>
    <name>CampaignStrip</name>
    <message>
        <source>Contacts added</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>People added to your network (new contacts)</source>
        <translation>Personen, die Sie Ihrem Netzwerk hinzugefügt haben (neue Kontakte)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>People you called, e-mailed, wrote to, messaged or met, each once (a note is not reaching someone)</source>
        <translation>Personen, die Sie angerufen, per E-Mail, Brief oder Nachricht kontaktiert oder getroffen haben, jede einmal gezählt (eine Notiz zählt nicht)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Abgehaltene Treffen</translation>
    </message>
    <message>
        <source>Names per meeting</source>
        <translation>Namen pro Treffen</translation>
    </message>
    <message>
        <source>Referrals obtained per meeting held, against the goal of two names from every meeting</source>
        <translation>Erhaltene Empfehlungen pro abgehaltenem Treffen, gemessen am Ziel von zwei Namen aus jedem Treffen</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Empfehlungen an Arbeitgeber</translation>
    </message>
    <message>
        <source>Postings that moved to Introduced: someone introduced or referred you to the employer</source>
        <translation>Stellenanzeigen, die in die Phase „Empfohlen“ gewechselt sind: Jemand hat Sie beim Arbeitgeber vorgestellt oder empfohlen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Postings you applied for (moved to Applied, or straight to a later stage)</source>
        <translation>Stellenanzeigen, auf die Sie sich beworben haben (in die Phase „Beworben“ oder direkt in eine spätere Phase verschoben)</translation>
    </message>
    <message>
        <source>Introduced applications</source>
        <translation>Bewerbungen mit Empfehlung</translation>
    </message>
    <message>
        <source>Of the applications, those that came with an introduction or a referral, against those without</source>
        <translation>Die Bewerbungen, denen eine Vorstellung oder Empfehlung vorausging, im Vergleich zu allen Bewerbungen</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Vorstellungsgespräche</translation>
    </message>
    <message>
        <source>Postings that reached interviews</source>
        <translation>Stellenanzeigen, bei denen es zu Vorstellungsgesprächen kam</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Postings that led to an offer</source>
        <translation>Stellenanzeigen, die zu einem Angebot geführt haben</translation>
    </message>
    <message>
        <source>Thank-you notes on time</source>
        <translation>Dankschreiben pünktlich</translation>
    </message>
    <message>
        <source>Of the meetings held, those whose thank-you note was sent by the day it was due</source>
        <translation>Die abgehaltenen Treffen, deren Dankschreiben bis zum Fälligkeitstag verschickt wurde</translation>
    </message>
    <message>
        <source>The week before ({first} – {last}) in numbers; the whole campaign&apos;s beneath</source>
        <translation>Die Vorwoche ({first} – {last}) in Zahlen, darunter die der gesamten Kampagne</translation>
    </message>
    <message>
        <source>{part} of {whole} in all</source>
        <translation>insgesamt {part} von {whole}</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>keine fällig</translation>
    </message>
    <message>
        <source>{count} in all</source>
        <translation>insgesamt {count}</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} von {whole}</translation>
    </message>
    <message>
        <source>– (goal {goal})</source>
        <translation>– (Ziel {goal})</translation>
    </message>
    <message>
        <source>{value} (goal {goal})</source>
        <translation>{value} (Ziel {goal})</translation>
    </message>
    <message>
        <source>no meetings yet</source>
        <translation>noch keine Treffen</translation>
    </message>
    <message>
        <source>{value} in all</source>
        <translation>insgesamt {value}</translation>
    </message>
</context>
<context>
    <name>CapacitySection</name>
    <message>
        <source>Weekly plan</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Calls and e-mails per week</source>
        <translation>Anrufe und E-Mails pro Woche</translation>
    </message>
    <message>
        <source>Meetings per week</source>
        <translation>Treffen pro Woche</translation>
    </message>
    <message>
        <source>&amp;Calls and e-mails per week:</source>
        <translation>&amp;Anrufe und E-Mails pro Woche:</translation>
    </message>
    <message>
        <source>&amp;Meetings per week:</source>
        <translation>&amp;Treffen pro Woche:</translation>
    </message>
    <message>
        <source>This week and the printed sheet hold this many, the most pressing first (overdue thank-you notes and follow-ups, then referrals waiting longest); the rest is counted and waits. Kept with this network.</source>
        <translation>„Diese Woche“ und der gedruckte Wochenplan enthalten so viele Einträge, das Dringendste zuerst (überfällige Dankschreiben und Wiedervorlagen, dann die am längsten wartenden Empfehlungen); der Rest wird gezählt und wartet. Wird mit diesem Netzwerk gespeichert.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>Vor %Ln Tag</numerusform>
            <numerusform>Vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline passed {day}</source>
        <translation>Frist abgelaufen am {day}</translation>
    </message>
    <message>
        <source>Deadline today</source>
        <translation>Frist endet heute</translation>
    </message>
    <message>
        <source>Deadline {day}</source>
        <translation>Bewerbungsfrist: {day}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people linked</source>
        <translation>
            <numerusform>%Ln Person verknüpft</numerusform>
            <numerusform>%Ln Personen verknüpft</numerusform>
        </translation>
    </message>
    <message>
        <source>Last step {day}</source>
        <translation>Letzter Schritt am {day}</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Bewerbungsfrist</translation>
    </message>
</context>
<context>
    <name>CardEdits</name>
    <message>
        <source>What to do next, e.g. call about the team</source>
        <translation>Was als Nächstes? Z. B. wegen des Teams anrufen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Saved when you press Enter or leave the field; empty removes the step</source>
        <translation>Wird gespeichert, wenn Sie die Eingabetaste drücken oder das Feld verlassen; ein leeres Feld entfernt den Schritt</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Fälligkeit des nächsten Schritts</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Next step done</source>
        <translation>Nächsten Schritt als erledigt abhaken</translation>
    </message>
    <message>
        <source>Ticks the step off and counts the contact as contacted</source>
        <translation>Hakt den Schritt ab und zählt den Kontakt als kontaktiert</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Whether this contact has a day to follow up on</source>
        <translation>Ob für diesen Kontakt ein Tag zum Nachfassen festgelegt ist</translation>
    </message>
    <message>
        <source>Follow-up day</source>
        <translation>Tag der Wiedervorlage</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Anything worth remembering about them</source>
        <translation>Alles, was Sie sich über die Person merken möchten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Saved when you leave the field</source>
        <translation>Wird gespeichert, wenn Sie das Feld verlassen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Set next step for {name}</source>
        <translation>Nächsten Schritt für {name} festlegen</translation>
    </message>
    <message>
        <source>Clear next step of {name}</source>
        <translation>Nächsten Schritt von {name} entfernen</translation>
    </message>
    <message>
        <source>Done: {step}</source>
        <translation>Erledigt: {step}</translation>
    </message>
    <message>
        <source>The change to the contact was not saved.</source>
        <translation>Die Änderung am Kontakt wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>CardKeepInTouch</name>
    <message>
        <source>Keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>Name waiting for a call</source>
        <translation>Name wartet auf einen Anruf</translation>
    </message>
    <message>
        <source>Good at: {text}</source>
        <translation>Stärken: {text}</translation>
    </message>
    <message>
        <source>Needs: {text}</source>
        <translation>Bedarf: {text}</translation>
    </message>
    <message>
        <source>No rhythm: never due to keep in touch</source>
        <translation>Kein Rhythmus: Kontakt halten nie fällig</translation>
    </message>
    <message>
        <source>Keep in touch {every} ({source})</source>
        <translation>Kontakt halten: {every} ({source})</translation>
    </message>
    <message>
        <source>Keep in touch {every} (set for this person)</source>
        <translation>Kontakt halten: {every} (für diese Person festgelegt)</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Seit 1 Tag überfällig</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>Seit {count} Tagen überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due on {day}</source>
        <translation>Fällig am {day}</translation>
    </message>
    <message>
        <source>the default for the tag &quot;{name}&quot;</source>
        <translation>Standard für das Schlagwort „{name}“</translation>
    </message>
    <message>
        <source>the default for warm leads</source>
        <translation>Standard für warme Kontakte</translation>
    </message>
    <message>
        <source>the default for cold leads</source>
        <translation>Standard für kalte Kontakte</translation>
    </message>
    <message>
        <source>the default for {name}</source>
        <translation>Standard für {name}</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Drag a card here</source>
        <translation>Karte hierher ziehen</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>{title} at {company}, {stage}</source>
        <translation>{title} bei {company}, {stage}</translation>
    </message>
</context>
<context>
    <name>CardPostings</name>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} bei {company}</translation>
    </message>
    <message>
        <source>Open this posting</source>
        <translation>Diese Stellenanzeige öffnen</translation>
    </message>
    <message>
        <source>{stage} · {roles}</source>
        <translation>{stage} · {roles}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>ClosedGroup</name>
    <message>
        <source>Show or hide the postings that have ended</source>
        <translation>Beendete Stellenanzeigen ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Closed postings</source>
        <translation>Beendete Stellenanzeigen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Closed ({n})</source>
        <translation>Beendet ({n})</translation>
    </message>
</context>
<context>
    <name>Companies</name>
    <message>
        <source>You know {name}, who used to work at {company}: would you introduce me?</source>
        <translation>Sie kennen {name}, früher bei {company} tätig: Würden Sie uns miteinander bekannt machen?</translation>
    </message>
    <message>
        <source>You know {name} at {company}: would you introduce me?</source>
        <translation>Sie kennen {name} bei {company}: Würden Sie uns miteinander bekannt machen?</translation>
    </message>
    <message>
        <source>You used to work at {company}: could I ask you what it is like there?</source>
        <translation>Sie haben früher bei {company} gearbeitet: Darf ich Sie fragen, wie es dort ist?</translation>
    </message>
    <message>
        <source>I am looking at {company}: could you tell me how they hire?</source>
        <translation>Ich interessiere mich für {company}: Können Sie mir sagen, wie dort eingestellt wird?</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Search companies by name</source>
        <translation>Unternehmen nach Namen durchsuchen</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Unternehmen durchsuchen</translation>
    </message>
    <message>
        <source>Merge &amp;into...</source>
        <translation>&amp;Zusammenführen mit...</translation>
    </message>
    <message>
        <source>Make the selected company part of another: its people, postings and names</source>
        <translation>Das ausgewählte Unternehmen in ein anderes eingliedern, mit seinen Personen, Stellenanzeigen und Namen</translation>
    </message>
    <message>
        <source>The companies could not be read: {error}</source>
        <translation>Die Unternehmen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies found</source>
        <translation>
            <numerusform>%Ln Unternehmen gefunden</numerusform>
            <numerusform>%Ln Unternehmen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln Unternehmen</numerusform>
            <numerusform>%Ln Unternehmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPeople</name>
    <message>
        <source>No company selected</source>
        <translation>Kein Unternehmen ausgewählt</translation>
    </message>
    <message>
        <source>Nobody you know works there yet.</source>
        <translation>Dort arbeitet noch niemand, den Sie kennen.</translation>
    </message>
    <message>
        <source>&amp;Names...</source>
        <translation>&amp;Namen...</translation>
    </message>
    <message>
        <source>The other names this company goes by</source>
        <translation>Die weiteren Namen dieses Unternehmens</translation>
    </message>
    <message>
        <source>People you know there</source>
        <translation>Personen, die Sie dort kennen</translation>
    </message>
    <message>
        <source>Log a &amp;call</source>
        <translation>&amp;Anruf erfassen</translation>
    </message>
    <message>
        <source>Log a call with this person now</source>
        <translation>Jetzt einen Anruf mit dieser Person erfassen</translation>
    </message>
    <message>
        <source>Log a &amp;meeting...</source>
        <translation>&amp;Treffen erfassen...</translation>
    </message>
    <message>
        <source>Open the meeting form for this person</source>
        <translation>Das Formular für ein Treffen mit dieser Person öffnen</translation>
    </message>
    <message>
        <source>Ask for an &amp;introduction</source>
        <translation>Um eine &amp;Empfehlung bitten</translation>
    </message>
    <message>
        <source>Add a follow-up task: ask this person for an introduction there</source>
        <translation>Eine Wiedervorlage anlegen: diese Person bitten, Sie dort zu empfehlen</translation>
    </message>
    <message>
        <source>&amp;Show in Contacts</source>
        <translation>In den &amp;Kontakten anzeigen</translation>
    </message>
    <message>
        <source>Select this person in the contact table</source>
        <translation>Diese Person in der Kontakttabelle auswählen</translation>
    </message>
    <message>
        <source>People at {company}</source>
        <translation>Personen bei {company}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translation>Auch bekannt als: {names}</translation>
    </message>
    <message>
        <source>No other names</source>
        <translation>Keine weiteren Namen</translation>
    </message>
    <message>
        <source>The people there could not be read: {error}</source>
        <translation>Die Personen dort konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Log call with {name}</source>
        <translation>Anruf mit {name} erfassen</translation>
    </message>
    <message>
        <source>Call with {name} logged.</source>
        <translation>Anruf mit {name} erfasst.</translation>
    </message>
    <message>
        <source>The call was not logged.</source>
        <translation>Der Anruf wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>Ask {name} for an introduction at {company}</source>
        <translation>{name} um eine Empfehlung bei {company} bitten</translation>
    </message>
    <message>
        <source>Ask {name} for an introduction</source>
        <translation>{name} um eine Empfehlung bitten</translation>
    </message>
    <message>
        <source>Task added: {title}</source>
        <translation>Aufgabe hinzugefügt: {title}</translation>
    </message>
    <message>
        <source>The task was not added.</source>
        <translation>Die Aufgabe wurde nicht hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>{step}, due {day}</source>
        <translation>{step}, fällig am {day}</translation>
    </message>
    <message>
        <source>{day}: {step}</source>
        <translation>{day}: {step}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Open postings</source>
        <translation>Offene Stellenanzeigen</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Letzter Austausch</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>People you know there who are warm leads</source>
        <translation>Ihre warmen Kontakte in diesem Unternehmen</translation>
    </message>
    <message>
        <source>People you know there who are cold leads</source>
        <translation>Ihre kalten Kontakte in diesem Unternehmen</translation>
    </message>
    <message>
        <source>Postings there that are not closed or rejected</source>
        <translation>Stellenanzeigen dieses Unternehmens, die weder abgeschlossen noch abgelehnt sind</translation>
    </message>
    <message>
        <source>The last time you were in touch with anyone there</source>
        <translation>Wann Sie zuletzt mit jemandem aus diesem Unternehmen in Kontakt waren</translation>
    </message>
    <message>
        <source>The open task due first of anyone there</source>
        <translation>Die als Nächstes fällige offene Aufgabe unter allen Personen dort</translation>
    </message>
    <message>
        <source>The company&apos;s name</source>
        <translation>Der Name des Unternehmens</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Compose a message</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <source>Reading what NetDesk knows…</source>
        <translation>NetDesk liest die vorhandenen Angaben…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>The templates that fit come first; the message is written again from it</source>
        <translation>Die passenden Vorlagen stehen oben; die Nachricht wird aus der gewählten Vorlage neu geschrieben</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Characters for a LinkedIn invitation</source>
        <translation>Zeichen für eine LinkedIn-Einladung</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Put the message on the clipboard, for a LinkedIn invitation or a chat</source>
        <translation>Die Nachricht in die Zwischenablage kopieren, für eine LinkedIn-Einladung oder einen Chat</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Im E-&amp;Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Start an e-mail with this subject and message in your mail program</source>
        <translation>In Ihrem E-Mail-Programm eine E-Mail mit diesem Betreff und dieser Nachricht beginnen</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Verschickt als</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Als ver&amp;schickt markieren</translation>
    </message>
    <message>
        <source>Log it in the history, once it has gone out</source>
        <translation>Im Verlauf erfassen, sobald die Nachricht verschickt ist</translation>
    </message>
    <message>
        <source>Sent &amp;as:</source>
        <translation>Verschickt &amp;als:</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>This message cannot be written: {reason}</source>
        <translation>Diese Nachricht kann nicht verfasst werden: {reason}</translation>
    </message>
    <message>
        <source>Nobody: no one referred {name}</source>
        <translation>Niemand: {name} wurde Ihnen von niemandem empfohlen</translation>
    </message>
    <message>
        <source>About your meeting with {name}</source>
        <translation>Zu Ihrem Treffen mit {name}</translation>
    </message>
    <message>
        <source>About a task for {name}</source>
        <translation>Zu einer Aufgabe für {name}</translation>
    </message>
    <message>
        <source>To someone referred: {name}</source>
        <translation>An eine empfohlene Person: {name}</translation>
    </message>
    <message>
        <source>To {name}</source>
        <translation>An {name}</translation>
    </message>
    <message>
        <source>No e-mail address: your mail program will ask whom to send it to.</source>
        <translation>Keine E-Mail-Adresse: Ihr E-Mail-Programm fragt, an wen die Nachricht gehen soll.</translation>
    </message>
    <message>
        <source>NetDesk knows nothing for {names} here: fill in the gap before sending.</source>
        <translation>NetDesk hat hier keine Angabe für {names}: Füllen Sie die Lücke vor dem Verschicken aus.</translation>
    </message>
    <message>
        <source>{count} of {limit} characters of a LinkedIn invitation</source>
        <translation>{count} von {limit} Zeichen einer LinkedIn-Einladung</translation>
    </message>
    <message numerus="yes">
        <source>Too long for a LinkedIn invitation by %Ln characters: shorten it, or send it as an e-mail or a message.</source>
        <translation>
            <numerusform>Um %Ln Zeichen zu lang für eine LinkedIn-Einladung: Kürzen Sie die Nachricht, oder verschicken Sie sie als E-Mail oder Nachricht.</numerusform>
            <numerusform>Um %Ln Zeichen zu lang für eine LinkedIn-Einladung: Kürzen Sie die Nachricht, oder verschicken Sie sie als E-Mail oder Nachricht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is on the clipboard.</source>
        <translation>Die Nachricht liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>No program on this computer opens mailto links.</source>
        <translation>Auf diesem Computer gibt es kein Programm, das mailto-Links öffnet.</translation>
    </message>
    <message>
        <source>The message is too long for a mail link: paste it from the clipboard.</source>
        <translation>Die Nachricht ist zu lang für einen E-Mail-Link: Fügen Sie sie aus der Zwischenablage ein.</translation>
    </message>
    <message>
        <source>The message is in your mail program.</source>
        <translation>Die Nachricht wurde an Ihr E-Mail-Programm übergeben.</translation>
    </message>
    <message>
        <source>The thank-you note for the meeting of {day} is sent</source>
        <translation>Das Dankschreiben für das Treffen am {day} ist verschickt</translation>
    </message>
    <message>
        <source>Tick off the task “{title}”</source>
        <translation>Aufgabe „{title}“ abhaken</translation>
    </message>
    <message>
        <source>Copy it or open it in your mail program first</source>
        <translation>Kopieren Sie die Nachricht zuerst, oder öffnen Sie sie in Ihrem E-Mail-Programm</translation>
    </message>
    <message>
        <source>Logged. Next along the chain: {name}</source>
        <translation>Erfasst. Als Nächstes in der Empfehlungskette: {name}</translation>
    </message>
    <message>
        <source>Log “{name}” as sent</source>
        <translation>„{name}“ als verschickt erfassen</translation>
    </message>
    <message>
        <source>Logged in the history of {name}</source>
        <translation>Im Verlauf von {name} erfasst</translation>
    </message>
    <message>
        <source>It was not logged.</source>
        <translation>Die Nachricht wurde nicht erfasst.</translation>
    </message>
</context>
<context>
    <name>ComposeIntegration</name>
    <message>
        <source>&amp;Compose message...</source>
        <translation>Nachricht &amp;verfassen...</translation>
    </message>
    <message>
        <source>Write to the current contact from a template, then copy it or mail it</source>
        <translation>Dem aktuellen Kontakt mit einer Vorlage schreiben, dann die Nachricht kopieren oder per E-Mail verschicken</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Synchronisierungskonflikte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Auf dem Server</translation>
    </message>
    <message>
        <source>No conflicts: both sides agree.</source>
        <translation>Keine Konflikte: Beide Seiten stimmen überein.</translation>
    </message>
    <message>
        <source>&amp;Keep this computer&apos;s</source>
        <translation>Wert dieses &amp;Computers behalten</translation>
    </message>
    <message>
        <source>&amp;Use the server&apos;s</source>
        <translation>Wert des &amp;Servers übernehmen</translation>
    </message>
    <message>
        <source>&amp;Open contact...</source>
        <translation>Kontakt ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done on {day}</source>
        <translation>Erledigt am {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation>(hier gelöscht)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>These fields of contacts, follow-ups and meetings were changed differently on this computer and on the server. NetDesk kept this computer&apos;s value until you choose.</source>
        <translation>Diese Felder von Kontakten, Nachfassaktionen und Treffen wurden auf diesem Computer und auf dem Server unterschiedlich geändert. NetDesk behält den Wert dieses Computers, bis Sie wählen.</translation>
    </message>
    <message>
        <source>Contact, task or meeting</source>
        <translation>Kontakt, Aufgabe oder Treffen</translation>
    </message>
    <message>
        <source>Meeting with {name} on {when}</source>
        <translation>Treffen mit {name} am {when}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Deleted here: there is nothing to change</source>
        <translation>Hier gelöscht: Es gibt nichts zu ändern</translation>
    </message>
    <message>
        <source>This value cannot be taken as it is: open the contact to change it</source>
        <translation>Dieser Wert kann nicht unverändert übernommen werden: Öffnen Sie den Kontakt, um ihn zu ändern</translation>
    </message>
    <message>
        <source>The conflicts were not settled.</source>
        <translation>Die Konflikte wurden nicht gelöst.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact card</source>
        <translation>Kontaktkarte</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
        <source>Choose someone in the list to see how to reach them, how you came to know them and what to do next.</source>
        <translation>Wählen Sie jemanden in der Liste aus, um zu sehen, wie Sie die Person erreichen, wie Sie sie kennengelernt haben und was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <source>Edit all...</source>
        <translation>Alles bearbeiten...</translation>
    </message>
    <message>
        <source>Edit all details</source>
        <translation>Alle Angaben bearbeiten</translation>
    </message>
    <message>
        <source>Opens the full editor for everything the card does not change in place</source>
        <translation>Öffnet den vollständigen Editor für alles, was sich nicht direkt auf der Karte ändern lässt</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>So erreichen Sie die Person</translation>
    </message>
    <message>
        <source>No e-mail address or phone number yet.</source>
        <translation>Noch keine E-Mail-Adresse oder Telefonnummer.</translation>
    </message>
    <message>
        <source>How you know them</source>
        <translation>Woher Sie die Person kennen</translation>
    </message>
    <message>
        <source>Path to you</source>
        <translation>Weg zu Ihnen</translation>
    </message>
    <message>
        <source>Copy opening line</source>
        <translation>Einleitungssatz kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Log a meeting...</source>
        <translation>Treffen erfassen...</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Treffen erfassen</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Verfassen</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Nachricht verfassen</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Was besprochen wurde</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>E-Mail erfassen</translation>
    </message>
    <message>
        <source>More things to log</source>
        <translation>Weitere Einträge erfassen</translation>
    </message>
    <message>
        <source>This contact cannot be shown</source>
        <translation>Dieser Kontakt kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Foto von {name}</translation>
    </message>
    <message>
        <source>Used to work at {companies}</source>
        <translation>Früher bei {companies}</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} bei {company}</translation>
    </message>
    <message>
        <source>Lead: {value}</source>
        <translation>Warm oder kalt: {value}</translation>
    </message>
    <message>
        <source>Choose warm or cold</source>
        <translation>Warm oder kalt auswählen</translation>
    </message>
    <message>
        <source>Warm or cold lead: click to change</source>
        <translation>Warmer oder kalter Kontakt: zum Ändern klicken</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <translation>Status: {value}</translation>
    </message>
    <message>
        <source>Choose where this contact stands</source>
        <translation>Auswählen, wo dieser Kontakt steht</translation>
    </message>
    <message>
        <source>Status: click to change</source>
        <translation>Status: zum Ändern klicken</translation>
    </message>
    <message>
        <source>Copy e-mail address {value}</source>
        <translation>E-Mail-Adresse {value} kopieren</translation>
    </message>
    <message>
        <source>Write to {value}</source>
        <translation>An {value} schreiben</translation>
    </message>
    <message>
        <source>Call {value}</source>
        <translation>{value} anrufen</translation>
    </message>
    <message>
        <source>Copy phone number {value}</source>
        <translation>Telefonnummer {value} kopieren</translation>
    </message>
    <message>
        <source>Open {value}</source>
        <translation>{value} öffnen</translation>
    </message>
    <message>
        <source>Copy link {value}</source>
        <translation>Link {value} kopieren</translation>
    </message>
    <message>
        <source>Copy address {value}</source>
        <translation>Adresse {value} kopieren</translation>
    </message>
    <message>
        <source>Copied {value}</source>
        <translation>{value} kopiert</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address a mail program can take.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse, die ein E-Mail-Programm übernehmen kann.</translation>
    </message>
    <message>
        <source>No program on this computer opens {kind} links.</source>
        <translation>Auf diesem Computer gibt es kein Programm, das {kind}-Links öffnet.</translation>
    </message>
    <message>
        <source>You know {name} directly: {relationship}.</source>
        <translation>Sie kennen {name} direkt: {relationship}.</translation>
    </message>
    <message>
        <source>How you met: {how}</source>
        <translation>Wie kennengelernt: {how}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more introductions</source>
        <translation>
            <numerusform>%Ln weitere Empfehlung</numerusform>
            <numerusform>%Ln weitere Empfehlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Empfohlen von {name}</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Grund: {reason}</translation>
    </message>
    <message>
        <source>{name} suggested I give you a call.</source>
        <translation>{name} hat mir empfohlen, Sie anzurufen.</translation>
    </message>
    <message>
        <source>Opening line copied</source>
        <translation>Einleitungssatz kopiert</translation>
    </message>
    <message>
        <source>Write to {name} from a template</source>
        <translation>Mit einer Vorlage an {name} schreiben</translation>
    </message>
</context>
<context>
    <name>ContactEditing</name>
    <message>
        <source>This contact cannot be opened</source>
        <translation>Dieser Kontakt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This contact is damaged in the file ({problem}), so it cannot be edited. The rest of your network works as before; File &gt; Restore from backup... brings back the last good copy.</source>
        <translation>Dieser Kontakt ist in der Datei beschädigt ({problem}) und kann daher nicht bearbeitet werden. Der Rest Ihres Netzwerks funktioniert wie bisher; Datei &gt; Aus Sicherung wiederherstellen... holt die letzte intakte Kopie zurück.</translation>
    </message>
    <message>
        <source>The contact was not saved.</source>
        <translation>Der Kontakt wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The contacts were not deleted.</source>
        <translation>Die Kontakte wurden nicht gelöscht.</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Kontakte löschen</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln contacts?</source>
        <translation>
            <numerusform>%Ln Kontakt löschen?</numerusform>
            <numerusform>Diese %Ln Kontakte löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete this contact</source>
        <translation>Diesen Kontakt &amp;löschen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt &amp;löschen</numerusform>
            <numerusform>%Ln Kontakte &amp;löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Kontakt &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>Kontakte &amp;behalten</translation>
    </message>
    <message>
        <source>People they referred move up to whoever referred them. You can undo this with {shortcut}.</source>
        <translation>Von ihnen empfohlene Personen rücken in der Empfehlungskette eine Stufe nach oben. Mit {shortcut} können Sie dies rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>E-mail, phone, address</source>
        <translation>E-Mail, Telefon, Adresse</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>What you talked about, what they care about...</source>
        <translation>Worüber Sie gesprochen haben, was der Person wichtig ist...</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>This contact is damaged in the file: {damage}. The editor shows a neutral value instead. Save stores what you see here; Cancel leaves the contact as it is; File &gt; Restore from backup... brings back the last good copy.</source>
        <translation>Dieser Kontakt ist in der Datei beschädigt: {damage}. Der Editor zeigt stattdessen einen neutralen Wert. „Speichern“ speichert, was Sie hier sehen; „Abbrechen“ lässt den Kontakt unverändert; Datei &gt; Aus Sicherung wiederherstellen... holt die letzte intakte Kopie zurück.</translation>
    </message>
    <message>
        <source>As you would write it on an envelope</source>
        <translation>So, wie Sie ihn auf einen Briefumschlag schreiben würden</translation>
    </message>
    <message>
        <source>1985-04-15, or --04-15 without the year</source>
        <translation>1985-04-15 oder --04-15 ohne Jahr</translation>
    </message>
    <message>
        <source>Where and how you first met</source>
        <translation>Wo und wie Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Na&amp;chname:</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>Spit&amp;zname:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Abt&amp;eilung:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>Used to &amp;work at:</source>
        <translation>&amp;Frühere Arbeitgeber:</translation>
    </message>
    <message>
        <source>Birthda&amp;y:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <source>War&amp;m or cold:</source>
        <translation>&amp;Warm oder kalt:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;How you met:</source>
        <translation>Wie &amp;kennengelernt:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>That file is not a picture NetDesk can read.</source>
        <translation>Diese Datei ist kein Bild, das NetDesk lesen kann.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>E-Mail hinzufügen</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Kind of e-mail address</source>
        <translation>Art der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Remove this e-mail address</source>
        <translation>Diese E-Mail-Adresse entfernen</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Kind of phone number</source>
        <translation>Art der Telefonnummer</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>Diese Telefonnummer entfernen</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/...</source>
        <translation>https://www.linkedin.com/in/...</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>Art des Links</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Diesen Link entfernen</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Who suggested you meet? Start typing a name</source>
        <translation>Wer hat Ihnen diese Person empfohlen? Namen eintippen</translation>
    </message>
    <message>
        <source>What they said, e.g. “knows everyone in logistics”</source>
        <translation>Was gesagt wurde, z. B. „kennt jeden in der Logistik“</translation>
    </message>
    <message>
        <source>They will call ahead to introduce me</source>
        <translation>Kündigt mich vorab telefonisch an</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. logistics, Berlin</source>
        <translation>Durch Kommas getrennt, z. B. Logistik, Berlin</translation>
    </message>
    <message>
        <source>Tags in use: {tags}</source>
        <translation>Verwendete Schlagwörter: {tags}</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>E&amp;mpfohlen von:</translation>
    </message>
    <message>
        <source>Referral note:</source>
        <translation>Notiz zur Empfehlung:</translation>
    </message>
    <message>
        <source>&amp;Last contact:</source>
        <translation>&amp;Letzter Kontakt:</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation>Nächste W&amp;iedervorlage:</translation>
    </message>
    <message>
        <source>Kee&amp;p in touch:</source>
        <translation>Kontakt &amp;halten:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlagw&amp;örter:</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>What you could send people their way for</source>
        <translation>Wofür Sie andere an diese Person verweisen könnten</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>What they need, that you might help with</source>
        <translation>Was die Person braucht und wobei Sie helfen könnten</translation>
    </message>
    <message>
        <source>Good a&amp;t:</source>
        <translation>S&amp;tärken:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>Be&amp;darf:</translation>
    </message>
    <message>
        <source>Choose the referrer from the list, or clear the field.</source>
        <translation>Wählen Sie den Empfehlungsgeber aus der Liste, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <source>Search names, companies, e-mails, notes, tags...</source>
        <translation>Namen, Organisationen, E-Mails, Notizen, Schlagwörter durchsuchen...</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Filters as you type ({shortcut})</source>
        <translation>Filtert schon beim Tippen ({shortcut})</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Any relationship</source>
        <translation>Alle Beziehungen</translation>
    </message>
    <message>
        <source>Warm and cold</source>
        <translation>Warm und kalt</translation>
    </message>
    <message>
        <source>Warm leads</source>
        <translation>Warme Kontakte</translation>
    </message>
    <message>
        <source>Cold leads</source>
        <translation>Kalte Kontakte</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Only the contacts with this status</source>
        <translation>Nur Kontakte mit diesem Status</translation>
    </message>
    <message>
        <source>Filter by relationship</source>
        <translation>Nach Beziehung filtern</translation>
    </message>
    <message>
        <source>Only the contacts you know this way</source>
        <translation>Nur Kontakte, die Sie auf diese Weise kennen</translation>
    </message>
    <message>
        <source>Filter by warm or cold</source>
        <translation>Nach warmen oder kalten Kontakten filtern</translation>
    </message>
    <message>
        <source>Only warm leads, or only cold ones</source>
        <translation>Nur warme Kontakte oder nur kalte</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Only the contacts with this tag</source>
        <translation>Nur Kontakte mit diesem Schlagwort</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <source>Only contacts with a follow-up due by Sunday, overdue ones included</source>
        <translation>Nur Kontakte mit einer bis Sonntag fälligen Wiedervorlage, überfällige eingeschlossen</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>Fällig: Kontakt halten</translation>
    </message>
    <message>
        <source>Only the people whose keep-in-touch rhythm has passed since the last touch</source>
        <translation>Nur Personen, bei denen seit dem letzten Kontakt der Rhythmus zum Kontakthalten abgelaufen ist</translation>
    </message>
    <message>
        <source>Show everyone: clear search and filters</source>
        <translation>Alle anzeigen: Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Alle anzeigen</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Warm/cold</source>
        <translation>Warm/kalt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>overdue 1 day</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>overdue {count} days</source>
        <translation>{count} Tage überfällig</translation>
    </message>
    <message>
        <source>(damaged: cannot be read)</source>
        <translation>(beschädigt: nicht lesbar)</translation>
    </message>
    <message>
        <source>SQLite cannot read this row: the file is damaged</source>
        <translation>SQLite kann diese Zeile nicht lesen: Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>This contact is damaged in the file: {problem}</source>
        <translation>Dieser Kontakt ist in der Datei beschädigt: {problem}</translation>
    </message>
    <message>
        <source>Follow-up overdue: it was due on {date}</source>
        <translation>Wiedervorlage überfällig: Sie war am {date} fällig</translation>
    </message>
    <message>
        <source>Warm lead: someone who already knows you</source>
        <translation>Warmer Kontakt: jemand, der Sie bereits kennt</translation>
    </message>
    <message>
        <source>Cold lead</source>
        <translation>Kalter Kontakt</translation>
    </message>
</context>
<context>
    <name>ContactTableView</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>The people found: Enter or a double click opens the editor of the current one</source>
        <translation>Die gefundenen Personen: Die Eingabetaste oder ein Doppelklick öffnet den Editor der ausgewählten Person</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Span shown</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Letzte 26 Wochen</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Gesamte Kampagne</translation>
    </message>
    <message>
        <source>How far back the charts look</source>
        <translation>Wie weit die Diagramme zurückreichen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Meetings per week</source>
        <translation>Treffen pro Woche</translation>
    </message>
    <message>
        <source>No meeting held yet in this span.</source>
        <translation>In diesem Zeitraum wurde noch kein Treffen abgehalten.</translation>
    </message>
    <message>
        <source>Names obtained per meeting</source>
        <translation>Erhaltene Namen pro Treffen</translation>
    </message>
    <message>
        <source>No meeting held yet: ask for two names in every meeting.</source>
        <translation>Noch kein Treffen abgehalten: Bitten Sie in jedem Treffen um zwei Namen.</translation>
    </message>
    <message>
        <source>People in the network, by generation</source>
        <translation>Personen im Netzwerk, nach Generation</translation>
    </message>
    <message>
        <source>Nobody in the network yet.</source>
        <translation>Noch niemand im Netzwerk.</translation>
    </message>
    <message>
        <source>Two per meeting: the people you knew directly, plus two for every meeting held.</source>
        <translation>Zwei pro Treffen: die Personen, die Sie direkt kannten, plus zwei für jedes abgehaltene Treffen.</translation>
    </message>
    <message>
        <source>Leads that led to a meeting</source>
        <translation>Kontakte, aus denen ein Treffen wurde</translation>
    </message>
    <message>
        <source>Nobody added in this span.</source>
        <translation>In diesem Zeitraum wurde niemand hinzugefügt.</translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation>Dankschreiben</translation>
    </message>
    <message>
        <source>No thank-you note was due in this span.</source>
        <translation>In diesem Zeitraum war kein Dankschreiben fällig.</translation>
    </message>
    <message>
        <source>Opportunity funnel</source>
        <translation>Chancentrichter</translation>
    </message>
    <message>
        <source>Nothing in the funnel yet.</source>
        <translation>Noch nichts im Trichter.</translation>
    </message>
    <message>
        <source>Who introduced the most people</source>
        <translation>Wer die meisten Personen empfohlen hat</translation>
    </message>
    <message>
        <source>Nobody has introduced anyone yet.</source>
        <translation>Bisher hat niemand jemanden empfohlen.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {error}</source>
        <translation>Das Dashboard konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Abgehaltene Treffen</translation>
    </message>
    <message>
        <source>Names per meeting</source>
        <translation>Namen pro Treffen</translation>
    </message>
    <message>
        <source>Goal: {goal} per meeting</source>
        <translation>Ziel: {goal} pro Treffen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people introduced; click to show them in Contacts</source>
        <translation>
            <numerusform>%Ln Person empfohlen; klicken, um sie unter „Kontakte“ anzuzeigen</numerusform>
            <numerusform>%Ln Personen empfohlen; klicken, um sie unter „Kontakte“ anzuzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day} ({week})</source>
        <translation>Woche vom {day} ({week})</translation>
    </message>
    <message>
        <source>{week}
{names} names from {meetings} meetings: {ratio} per meeting (goal {goal})</source>
        <translation>{week}
{names} Namen aus {meetings} Treffen: {ratio} pro Treffen (Ziel {goal})</translation>
    </message>
    <message>
        <source>No meeting held in this span yet.</source>
        <translation>In diesem Zeitraum wurde noch kein Treffen abgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings held, {ratio} names per meeting (goal {goal}).</source>
        <translation>
            <numerusform>%Ln Treffen abgehalten, {ratio} Namen pro Treffen (Ziel {goal}).</numerusform>
            <numerusform>%Ln Treffen abgehalten, {ratio} Namen pro Treffen (Ziel {goal}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Generation {n}</source>
        <translation>Generation {n}</translation>
    </message>
    <message>
        <source>Generation {n} and beyond</source>
        <translation>Ab Generation {n}</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Two per meeting</source>
        <translation>Zwei pro Treffen</translation>
    </message>
    <message>
        <source>{lead}: {met} of {people} met ({share})</source>
        <translation>{lead}: {met} von {people} getroffen ({share})</translation>
    </message>
    <message>
        <source>Sent on time</source>
        <translation>Pünktlich verschickt</translation>
    </message>
    <message>
        <source>by the day they were due</source>
        <translation>bis zum Fälligkeitstag</translation>
    </message>
    <message>
        <source>Sent late</source>
        <translation>Verspätet verschickt</translation>
    </message>
    <message>
        <source>after the day they were due</source>
        <translation>nach dem Fälligkeitstag</translation>
    </message>
    <message>
        <source>Not sent, overdue</source>
        <translation>Nicht verschickt, überfällig</translation>
    </message>
    <message>
        <source>past the day they were due</source>
        <translation>Fälligkeitstag überschritten</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht verschickt</translation>
    </message>
    <message>
        <source>still within their window</source>
        <translation>noch innerhalb der Frist</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>{name}: {count} of {due} notes, {what}</source>
        <translation>{name}: {count} von {due} Dankschreiben, {what}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>people added</source>
        <translation>hinzugefügte Personen</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <source>people met at least once</source>
        <translation>mindestens einmal getroffene Personen</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>postings with an introduction</source>
        <translation>Stellenanzeigen mit Empfehlung</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>postings applied for</source>
        <translation>Stellenanzeigen mit Bewerbung</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Im Auswahlverfahren</translation>
    </message>
    <message>
        <source>postings with an interview</source>
        <translation>Stellenanzeigen mit Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>postings with an offer</source>
        <translation>Stellenanzeigen mit Angebot</translation>
    </message>
    <message>
        <source>{step}: {count} {what}</source>
        <translation>{step}: {count} {what}</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>NetDesk cannot open the database</source>
        <translation>NetDesk kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>{name} fehlt.</translation>
    </message>
    <message>
        <source>{name} cannot be opened.</source>
        <translation>{name} kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and choose Try again. Or locate the file, open another one, or start a new, empty database in NetDesk&apos;s own folder.</source>
        <translation>Liegt die Datei auf einem Laufwerk, das nicht angeschlossen ist, schließen Sie es an und wählen Sie „Erneut versuchen“. Oder suchen Sie die Datei, öffnen Sie eine andere, oder legen Sie im eigenen Ordner von NetDesk eine neue, leere Datenbank an.</translation>
    </message>
    <message>
        <source>Restore its newest backup, or start with an empty database if you really want to begin again (the backups stay).</source>
        <translation>Stellen Sie die neueste Sicherung wieder her, oder beginnen Sie mit einer leeren Datenbank, wenn Sie wirklich neu anfangen möchten (die Sicherungen bleiben erhalten).</translation>
    </message>
    <message>
        <source>Restoring a backup moves this file aside (renamed, never overwritten or deleted) and puts the backup in its place.</source>
        <translation>Beim Wiederherstellen einer Sicherung wird diese Datei beiseitegelegt (umbenannt, nie überschrieben oder gelöscht) und die Sicherung an ihre Stelle gesetzt.</translation>
    </message>
    <message>
        <source>There is no backup of this file. It has been left as it is; you can open another database, or quit.</source>
        <translation>Von dieser Datei gibt es keine Sicherung. Sie wurde unverändert gelassen; Sie können eine andere Datenbank öffnen oder NetDesk beenden.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Open another file...</source>
        <translation>Andere Datei ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Start a &amp;new database</source>
        <translation>&amp;Neue Datenbank anlegen</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>&amp;Leer beginnen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Locate it or open another...</source>
        <translation>Datei &amp;suchen oder andere öffnen...</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd, d. MMM yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>DemoNetwork</name>
    <message>
        <source>Creating the demo network...</source>
        <translation>Demo-Netzwerk wird erstellt...</translation>
    </message>
    <message>
        <source>The demo network could not be created</source>
        <translation>Das Demo-Netzwerk konnte nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Thank-you note for the meeting on {day}.</source>
        <translation>Dankschreiben für das Treffen am {day}.</translation>
    </message>
    <message>
        <source>Their next follow-up date.</source>
        <translation>Termin der nächsten Wiedervorlage.</translation>
    </message>
    <message>
        <source>Apply by {day}: not applied for yet.</source>
        <translation>Bewerben bis {day}: noch nicht beworben.</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} bei {company}</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}: last in touch on {day}.</source>
        <translation>Kontakt halten ({rhythm}): zuletzt in Kontakt am {day}.</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}: not in touch since they were added.</source>
        <translation>Kontakt halten ({rhythm}): seit dem Anlegen kein Kontakt.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Find &amp;duplicates...</source>
        <translation>&amp;Duplikate finden...</translation>
    </message>
    <message>
        <source>Contacts that are probably the same person: merge them, or say they are not</source>
        <translation>Kontakte, die wahrscheinlich dieselbe Person sind: zusammenführen oder als verschieden kennzeichnen</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln contacts into {name}. {undo} puts them back.</source>
        <translation>
            <numerusform>%Ln Kontakt in {name} zusammengeführt. Mit {undo} machen Sie das rückgängig.</numerusform>
            <numerusform>%Ln Kontakte in {name} zusammengeführt. Mit {undo} machen Sie das rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contacts were not merged.</source>
        <translation>Die Kontakte wurden nicht zusammengeführt.</translation>
    </message>
    <message>
        <source>That was not saved.</source>
        <translation>Das wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Select a group to see what merging it would keep.</source>
        <translation>Wählen Sie eine Gruppe, um zu sehen, was beim Zusammenführen erhalten bliebe.</translation>
    </message>
    <message>
        <source>Include this contact in the merge</source>
        <translation>Diesen Kontakt in die Zusammenführung einbeziehen</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Wird behalten</translation>
    </message>
    <message>
        <source>Merged into the kept one</source>
        <translation>Geht im behaltenen Kontakt auf</translation>
    </message>
    <message>
        <source>Every field is the same in these contacts.</source>
        <translation>Alle Felder sind bei diesen Kontakten gleich.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>All, one after the other</source>
        <translation>Alle, nacheinander</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Nobody: I knew them</source>
        <translation>Niemand: Ich kannte die Person</translation>
    </message>
    <message>
        <source>Choose at least two contacts to merge.</source>
        <translation>Wählen Sie mindestens zwei Kontakte zum Zusammenführen.</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>The merged contact keeps all of these:</source>
        <translation>Der zusammengeführte Kontakt behält all diese:</translation>
    </message>
    <message>
        <source>Moved to it: {items}</source>
        <translation>Werden übertragen: {items}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation>Warm oder kalt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie kennengelernt</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Keep in touch every (days)</source>
        <translation>Kontakt halten alle (Tage)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Duplikate finden</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>&amp;Erneut suchen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Keine Duplikate</translation>
    </message>
    <message>
        <source>These are different people: do not offer them as duplicates again</source>
        <translation>Das sind verschiedene Personen: nicht mehr als Duplikate vorschlagen</translation>
    </message>
    <message>
        <source>Looking for contacts that are the same person...</source>
        <translation>Kontakte, die dieselbe Person sind, werden gesucht...</translation>
    </message>
    <message>
        <source>Duplicates could not be searched: {error}</source>
        <translation>Die Duplikatsuche ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Keine Duplikate gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups of contacts that may be the same person.</source>
        <translation>
            <numerusform>%Ln Gruppe von Kontakten, die dieselbe Person sein könnten.</numerusform>
            <numerusform>%Ln Gruppen von Kontakten, die dieselbe Person sein könnten.</numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation>gleiches LinkedIn-Profil</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>ähnlicher Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt &amp;zusammenführen</numerusform>
            <numerusform>%Ln Kontakte &amp;zusammenführen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyStatePanel</name>
    <message>
        <source>Start your networking campaign</source>
        <translation>Starten Sie Ihre Networking-Kampagne</translation>
    </message>
    <message>
        <source>Most jobs are filled through people. Begin with the people you already know: family, friends, former co-workers. They are your warm leads.</source>
        <translation>Die meisten Stellen werden über Menschen vergeben. Beginnen Sie mit denen, die Sie bereits kennen: Familie, Freunde, ehemalige Kollegen. Das sind Ihre warmen Kontakte.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Open the demo network</source>
        <translation>Demo-Netzwerk öffnen</translation>
    </message>
    <message>
        <source>Try NetDesk out on {n} made-up people, in a demo file of its own: your contacts are never touched. File &gt; Open database brings you back.</source>
        <translation>Probieren Sie NetDesk mit {n} erfundenen Personen in einer eigenen Demo-Datei aus: Ihre Kontakte bleiben unberührt. Über Datei &gt; Datenbank öffnen kehren Sie zurück.</translation>
    </message>
    <message>
        <source>Or drop your address book here (.vcf or .csv from your phone, Outlook, Gmail or LinkedIn) to bring in your contacts.</source>
        <translation>Oder ziehen Sie Ihr Adressbuch hierher (.vcf oder .csv aus Ihrem Telefon, Outlook, Gmail oder LinkedIn), um Ihre Kontakte zu übernehmen.</translation>
    </message>
    <message>
        <source>Choose files...</source>
        <translation>Dateien auswählen...</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <source>First sync with {server}</source>
        <translation>Erste Synchronisierung mit {server}</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. People found on both sides are merged into one contact, unless you keep them apart; everyone else is added here. After this first sync, NetDesk keeps both sides up to date on its own.</source>
        <translation>Noch wurde nichts geändert. Personen, die auf beiden Seiten vorkommen, werden zu einem Kontakt zusammengeführt, sofern Sie sie nicht getrennt lassen; alle anderen werden hier hinzugefügt. Nach dieser ersten Synchronisierung hält NetDesk beide Seiten selbstständig auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>People on the server</source>
        <translation>Personen auf dem Server</translation>
    </message>
    <message>
        <source>&amp;Merge all matches</source>
        <translation>&amp;Alle Übereinstimmungen zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Keep all apart</source>
        <translation>Alle &amp;getrennt lassen</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the server.</source>
        <translation>
            <numerusform>%Ln Person auf dem Server.</numerusform>
            <numerusform>%Ln Personen auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <source>{merge} to merge with contacts here, {new} to add.</source>
        <translation>Mit Kontakten hier zusammenzuführen: {merge}; hinzuzufügen: {new}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Diese Datei überspringen</translation>
    </message>
    <message>
        <source>People in the files</source>
        <translation>Personen in den Dateien</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>Alle Haken entfernen</translation>
    </message>
    <message>
        <source>Merge all matches</source>
        <translation>Alle Übereinstimmungen zusammenführen</translation>
    </message>
    <message>
        <source>Import all matches as new</source>
        <translation>Alle Übereinstimmungen als neu importieren</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Only matches</source>
        <translation>Nur Übereinstimmungen</translation>
    </message>
    <message>
        <source>Only new people</source>
        <translation>Nur neue Personen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Problems in the files</source>
        <translation>Probleme in den Dateien</translation>
    </message>
    <message>
        <source>Mark them all &amp;warm (people you know)</source>
        <translation>Alle als &amp;warm markieren (Personen, die Sie kennen)</translation>
    </message>
    <message>
        <source>Everyone imported, new or merged, becomes a warm lead</source>
        <translation>Alle Importierten, ob neu oder zusammengeführt, werden zu warmen Kontakten</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Kein Schlagwort</translation>
    </message>
    <message>
        <source>Everyone imported gets this tag, so you can find them as a group; empty: none</source>
        <translation>Alle Importierten erhalten dieses Schlagwort, damit Sie sie als Gruppe wiederfinden; leer: keines</translation>
    </message>
    <message>
        <source>Tag for everyone imported</source>
        <translation>Schlagwort für alle Importierten</translation>
    </message>
    <message>
        <source>&amp;Tag them all:</source>
        <translation>&amp;Schlagwort für alle:</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>{name} wird gelesen...</translation>
    </message>
    <message>
        <source>Reading {n} files and folders...</source>
        <translation>{n} Dateien und Ordner werden gelesen...</translation>
    </message>
    <message>
        <source>The files could not be read</source>
        <translation>Die Dateien konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Looking for people you already have...</source>
        <translation>Es wird nach Personen gesucht, die Sie bereits haben...</translation>
    </message>
    <message>
        <source>The files could not be compared</source>
        <translation>Die Dateien konnten nicht abgeglichen werden</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems found:</source>
        <translation>
            <numerusform>%Ln Problem gefunden:</numerusform>
            <numerusform>%Ln Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people found: {new} new</source>
        <translation>
            <numerusform>%Ln Person gefunden: {new} neu</numerusform>
            <numerusform>%Ln Personen gefunden: {new} neu</numerusform>
        </translation>
    </message>
    <message>
        <source>, {matching} already in NetDesk</source>
        <translation>, {matching} bereits in NetDesk</translation>
    </message>
    <message>
        <source>, {twice} more than once in these files</source>
        <translation>, {twice} mehrfach in diesen Dateien</translation>
    </message>
    <message>
        <source> ({merge} to merge)</source>
        <translation> ({merge} zum Zusammenführen)</translation>
    </message>
    <message>
        <source>{n} only maybe the same person (another UID, or one UID for different people): imported as new unless you choose Merge.</source>
        <translation>Bei {n} ist es nur vielleicht dieselbe Person (eine andere UID oder eine UID für verschiedene Personen): Sie werden als neu importiert, sofern Sie nicht „Zusammenführen“ wählen.</translation>
    </message>
    <message>
        <source>{n} unchecked will not be imported.</source>
        <translation>{n} ohne Haken werden nicht importiert.</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Wird importiert...</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The contacts were not imported</source>
        <translation>Die Kontakte wurden nicht importiert</translation>
    </message>
    <message>
        <source>Nothing was changed in your contacts.</source>
        <translation>An Ihren Kontakten wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 3.0, for older phones (*.vcf)</source>
        <translation>vCard 3.0, für ältere Telefone (*.vcf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import contacts...</source>
        <translation>Kontakte &amp;importieren...</translation>
    </message>
    <message>
        <source>Bring in contacts from vCard (.vcf) or CSV files: phones, Outlook, Gmail, LinkedIn</source>
        <translation>Kontakte aus vCard- (.vcf) oder CSV-Dateien übernehmen: Telefone, Outlook, Gmail, LinkedIn</translation>
    </message>
    <message>
        <source>E&amp;xport contacts...</source>
        <translation>Kontakte e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Save contacts (the selected ones, or everyone) as vCard or CSV</source>
        <translation>Kontakte (die ausgewählten oder alle) als vCard oder CSV speichern</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Kontaktdateien (*.vcf *.vcard *.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt importieren</numerusform>
            <numerusform>%Ln Kontakte importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {new} new contacts, merged {merged} into existing ones.</source>
        <translation>Neue Kontakte importiert: {new}; mit vorhandenen zusammengeführt: {merged}.</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln selected contacts, or everyone?</source>
        <translation>
            <numerusform>Den %Ln ausgewählten Kontakt exportieren oder alle?</numerusform>
            <numerusform>Die %Ln ausgewählten Kontakte exportieren oder alle?</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählte</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Exporting contacts...</source>
        <translation>Kontakte werden exportiert...</translation>
    </message>
    <message>
        <source>Exporting contacts to {name}...</source>
        <translation>Kontakte werden nach {name} exportiert...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The contacts were not exported</source>
        <translation>Die Kontakte wurden nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to {name}</source>
        <translation>
            <numerusform>%Ln Kontakt nach {name} exportiert</numerusform>
            <numerusform>%Ln Kontakte nach {name} exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMatch</name>
    <message>
        <source>same e-mail {value}</source>
        <translation>gleiche E-Mail {value}</translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation>gleiches LinkedIn-Profil</translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation>gleiche Telefonnummer {value}</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>gleicher Name und gleiche Organisation</translation>
    </message>
    <message>
        <source>same UID</source>
        <translation>gleiche UID</translation>
    </message>
    <message>
        <source>same UID, but no name, e-mail or phone in common</source>
        <translation>gleiche UID, aber weder Name noch E-Mail noch Telefonnummer gemeinsam</translation>
    </message>
    <message>
        <source>same name and phone {value}</source>
        <translation>gleicher Name und gleiche Telefonnummer {value}</translation>
    </message>
    <message>
        <source>{reason} (as {name} here)</source>
        <translation>{reason} (hier als {name})</translation>
    </message>
    <message>
        <source>{reason}, also in this import</source>
        <translation>{reason}, auch in diesem Import</translation>
    </message>
</context>
<context>
    <name>InterviewCountry</name>
    <message>
        <source>This turned into &amp;interview country</source>
        <translation>Das Treffen wurde zum &amp;Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>They raised the ante: the talk turned to a job of theirs. Saving links the posting to this meeting and moves it to Interviewing.</source>
        <translation>Aus dem Gespräch wurde mehr: Es ging um eine Stelle bei Ihrem Gegenüber. Beim Speichern wird die Stellenanzeige mit diesem Treffen verknüpft und in die Phase „Im Auswahlverfahren“ verschoben.</translation>
    </message>
    <message>
        <source>Posting the meeting was about</source>
        <translation>Stellenanzeige, um die es bei dem Treffen ging</translation>
    </message>
    <message>
        <source>Which posting? Type a title or a company</source>
        <translation>Welche Stellenanzeige? Stellentitel oder Unternehmen eingeben</translation>
    </message>
    <message>
        <source>{title} at {company} ({stage})</source>
        <translation>{title} bei {company} ({stage})</translation>
    </message>
    <message>
        <source>There is no open posting yet. Add it on the Postings page, then tick this again.</source>
        <translation>Es gibt noch keine offene Stellenanzeige. Legen Sie sie auf der Seite „Stellenanzeigen“ an und setzen Sie dann hier erneut den Haken.</translation>
    </message>
    <message>
        <source>Saving links the posting to this meeting and moves it to Interviewing.</source>
        <translation>Beim Speichern wird die Stellenanzeige mit diesem Treffen verknüpft und in die Phase „Im Auswahlverfahren“ verschoben.</translation>
    </message>
</context>
<context>
    <name>KeepInTouch</name>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <source>every {count} weeks</source>
        <translation>alle {count} Wochen</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <source>every {count} days</source>
        <translation>alle {count} Tage</translation>
    </message>
    <message>
        <source>{referrer} gave you {name}&apos;s name today.</source>
        <translation>{referrer} hat Ihnen heute den Namen von {name} genannt.</translation>
    </message>
    <message>
        <source>{referrer} gave you {name}&apos;s name yesterday.</source>
        <translation>{referrer} hat Ihnen gestern den Namen von {name} genannt.</translation>
    </message>
    <message>
        <source>{referrer} gave you {name}&apos;s name {days} days ago.</source>
        <translation>{referrer} hat Ihnen vor {days} Tagen den Namen von {name} genannt.</translation>
    </message>
    <message>
        <source>{name} has helped you {count} times and you have not returned it.</source>
        <translation>{name} hat Ihnen {count}-mal geholfen, und Sie haben sich noch nicht revanchiert.</translation>
    </message>
    <message>
        <source>{name} has helped you {count} times since you last did something for them.</source>
        <translation>{name} hat Ihnen {count}-mal geholfen, seit Sie zuletzt etwas für die Person getan haben.</translation>
    </message>
</context>
<context>
    <name>KnownThere</name>
    <message>
        <source>People you know at the company</source>
        <translation>Personen, die Sie in dem Unternehmen kennen</translation>
    </message>
    <message>
        <source>Looking for people you know at {company}…</source>
        <translation>Suche nach Personen, die Sie bei {company} kennen…</translation>
    </message>
    <message>
        <source>The people there could not be read: {error}</source>
        <translation>Die Personen dort konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Type the company to see whom you know there.</source>
        <translation>Geben Sie das Unternehmen ein, um zu sehen, wen Sie dort kennen.</translation>
    </message>
    <message>
        <source>{company} is new to NetDesk: nobody you know works there yet.</source>
        <translation>{company} ist neu in NetDesk: Dort arbeitet noch niemand, den Sie kennen.</translation>
    </message>
    <message>
        <source>Nobody you know works at {company}, used to, or knows someone there. Ask your warmest contacts whom they know there.</source>
        <translation>Niemand, den Sie kennen, arbeitet bei {company}, hat früher dort gearbeitet oder kennt dort jemanden. Fragen Sie Ihre wärmsten Kontakte, wen sie dort kennen.</translation>
    </message>
    <message>
        <source>Ask one of them for an introduction before you apply; double-click to link someone to the posting.</source>
        <translation>Bitten Sie eine dieser Personen um eine Empfehlung, bevor Sie sich bewerben. Mit einem Doppelklick verknüpfen Sie jemanden mit der Stellenanzeige.</translation>
    </message>
    <message numerus="yes">
        <source>Works there (%Ln)</source>
        <translation>
            <numerusform>Arbeitet dort (%Ln)</numerusform>
            <numerusform>Arbeiten dort (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used to work there (%Ln)</source>
        <translation>
            <numerusform>Hat früher dort gearbeitet (%Ln)</numerusform>
            <numerusform>Haben früher dort gearbeitet (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One introduction away (%Ln)</source>
        <translation>
            <numerusform>Über eine Empfehlung erreichbar (%Ln)</numerusform>
            <numerusform>Über eine Empfehlung erreichbar (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more (see the Companies page)</source>
        <translation>
            <numerusform>und %Ln weitere Person (siehe Seite „Unternehmen“)</numerusform>
            <numerusform>und %Ln weitere Personen (siehe Seite „Unternehmen“)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({title})</source>
        <translation>{name} ({title})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>To contact</source>
        <translation>Zu kontaktieren</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Meeting set</source>
        <translation>Treffen vereinbart</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Getroffen</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freundeskreis</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Nachbarschaft</translation>
    </message>
    <message>
        <source>Co-worker</source>
        <translation>Kollegium</translation>
    </message>
    <message>
        <source>Former co-worker</source>
        <translation>Früheres Kollegium</translation>
    </message>
    <message>
        <source>Classmate / alumni</source>
        <translation>Schule / Studium</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fachkontakt</translation>
    </message>
    <message>
        <source>Association / club member</source>
        <translation>Verband / Verein</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Ehrenamt</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Personalvermittlung</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Bekanntenkreis</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Direct contact</source>
        <translation>Direktansprache</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Dankschreiben</translation>
    </message>
    <message>
        <source>Call to make</source>
        <translation>Anruf tätigen</translation>
    </message>
    <message>
        <source>Other task</source>
        <translation>Andere Aufgabe</translation>
    </message>
    <message>
        <source>Favour given</source>
        <translation>Gefallen erwiesen</translation>
    </message>
    <message>
        <source>Favour received</source>
        <translation>Gefallen erhalten</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Rückmeldung</translation>
    </message>
    <message>
        <source>Told me about it</source>
        <translation>Hat mir davon erzählt</translation>
    </message>
    <message>
        <source>Referred me</source>
        <translation>Hat mich empfohlen</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Einstellende Führungskraft</translation>
    </message>
    <message>
        <source>Met me about it</source>
        <translation>Hat sich mit mir dazu getroffen</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Look for leads</source>
        <translation>Hinweise sammeln</translation>
    </message>
    <message>
        <source>Learn about a career or company</source>
        <translation>Beruf oder Unternehmen kennenlernen</translation>
    </message>
    <message>
        <source>Interview (the employer&apos;s)</source>
        <translation>Vorstellungsgespräch (beim Arbeitgeber)</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Im Auswahlverfahren</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angebot angenommen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Angebot ausgeschlagen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Text löschen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Type in the box to search</source>
        <translation>Geben Sie zum Suchen Text in das Feld ein</translation>
    </message>
</context>
<context>
    <name>LinkedPeople</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>People linked to the posting</source>
        <translation>Mit der Stellenanzeige verknüpfte Personen</translation>
    </message>
    <message>
        <source>Nobody yet. Link whoever told you about it, referred you or will interview you: their help counts in your numbers.</source>
        <translation>Noch niemand. Verknüpfen Sie, wer Ihnen davon erzählt, Sie empfohlen hat oder das Vorstellungsgespräch mit Ihnen führen wird: Diese Hilfe fließt in Ihre Zahlen ein.</translation>
    </message>
    <message>
        <source>Type a name to link someone…</source>
        <translation>Namen eingeben, um jemanden zu verknüpfen…</translation>
    </message>
    <message>
        <source>Person to link</source>
        <translation>Zu verknüpfende Person</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Rolle der Person</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>Link this person to the posting in this role</source>
        <translation>Diese Person in dieser Rolle mit der Stellenanzeige verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Unlink the selected person</source>
        <translation>Verknüpfung der ausgewählten Person aufheben</translation>
    </message>
    <message>
        <source>{name} is already linked as “{role}”.</source>
        <translation>{name} ist bereits als „{role}“ verknüpft.</translation>
    </message>
    <message>
        <source>Choose someone from your contacts: type a name and pick it.</source>
        <translation>Wählen Sie jemanden aus Ihren Kontakten: Geben Sie einen Namen ein und wählen Sie ihn aus.</translation>
    </message>
    <message>
        <source>Type the name of the person to link.</source>
        <translation>Geben Sie den Namen der zu verknüpfenden Person ein.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New contact...</source>
        <translation>&amp;Neuer Kontakt...</translation>
    </message>
    <message>
        <source>Add a person to your network</source>
        <translation>Eine Person zu Ihrem Netzwerk hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit contact...</source>
        <translation>Kontakt &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>Datenbank ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Print weekly sheet...</source>
        <translation>Wochenplan &amp;drucken...</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF the week&apos;s calls, meetings and thank-you notes</source>
        <translation>Anrufe, Treffen und Dankschreiben der Woche in der Vorschau ansehen, drucken oder als PDF speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;About NetDesk</source>
        <translation>Ü&amp;ber NetDesk</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>&amp;Referral tree</source>
        <translation>&amp;Empfehlungsbaum</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Postings</source>
        <translation>&amp;Stellenanzeigen</translation>
    </message>
    <message>
        <source>Network &amp;map</source>
        <translation>&amp;Netzwerkkarte</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Wait until the change being saved is written, then open {name}.</source>
        <translation>Warten Sie, bis die laufende Änderung gespeichert ist, und öffnen Sie dann {name}.</translation>
    </message>
    <message>
        <source>{name} is open in another NetDesk window.</source>
        <translation>{name} ist in einem anderen NetDesk-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>NetDesk cannot open that database</source>
        <translation>NetDesk kann diese Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>Suche fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>{name} (read-only) - {app}</source>
        <translation>{name} (schreibgeschützt) - {app}</translation>
    </message>
    <message>
        <source>{name} - {app}</source>
        <translation>{name} - {app}</translation>
    </message>
    <message>
        <source>About NetDesk</source>
        <translation>Über NetDesk</translation>
    </message>
    <message>
        <source>NetDesk {version}</source>
        <translation>NetDesk {version}</translation>
    </message>
    <message>
        <source>Run your job-search networking as a campaign: warm leads, referral chains, short meetings, thank-you notes and follow-ups. Everything stays on this computer, in {path}.</source>
        <translation>Führen Sie Ihr Networking bei der Jobsuche wie eine Kampagne: warme Kontakte, Empfehlungsketten, kurze Treffen, Dankschreiben und Wiedervorlagen. Alles bleibt auf diesem Computer, in {path}.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>… {count} more …</source>
        <translation>… {count} weitere …</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>warm lead</source>
        <translation>warmer Kontakt</translation>
    </message>
    <message>
        <source>cold lead</source>
        <translation>kalter Kontakt</translation>
    </message>
    <message>
        <source>{count} came through them</source>
        <translation>Über diese Person kamen {count} hinzu</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Ohne Unternehmen</translation>
    </message>
    <message>
        <source>{company} · {count}</source>
        <translation>{company} · {count}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>What the map shows</source>
        <translation>Was die Karte zeigt</translation>
    </message>
    <message>
        <source>{status}: {meaning}</source>
        <translation>{status}: {meaning}</translation>
    </message>
    <message>
        <source>Filled: a warm lead, who already knows you</source>
        <translation>Gefüllt: ein warmer Kontakt, der Sie bereits kennt</translation>
    </message>
    <message>
        <source>Ring: a cold lead</source>
        <translation>Ring: ein kalter Kontakt</translation>
    </message>
    <message>
        <source>Larger: more people came to you through them</source>
        <translation>Größer: Über diese Person kamen mehr Menschen zu Ihnen</translation>
    </message>
    <message>
        <source>Each circle is a company, with the people you know there; the lines are introductions, across companies too. Drag a person onto another to change who referred them.</source>
        <translation>Jeder Kreis ist ein Unternehmen mit den Menschen, die Sie dort kennen; die Linien sind Empfehlungen, auch über Unternehmen hinweg. Ziehen Sie eine Person auf eine andere, um zu ändern, wer sie empfohlen hat.</translation>
    </message>
    <message>
        <source>You are at the centre; each ring is one more introduction away. Drag a person onto another to change who referred them.</source>
        <translation>Sie stehen in der Mitte; jeder Ring liegt eine Empfehlung weiter entfernt. Ziehen Sie eine Person auf eine andere, um zu ändern, wer sie empfohlen hat.</translation>
    </message>
</context>
<context>
    <name>MapOutput</name>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Save the map as you see it: PNG, SVG or PDF</source>
        <translation>Die Karte so speichern, wie Sie sie sehen: PNG, SVG oder PDF</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Drucken...</translation>
    </message>
    <message>
        <source>Print the map as you see it</source>
        <translation>Die Karte so drucken, wie Sie sie sehen</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Export the network map</source>
        <translation>Netzwerkkarte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Print the network map</source>
        <translation>Netzwerkkarte drucken</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>{path} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Map not exported</source>
        <translation>Karte nicht exportiert</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <source>Find a person on the map</source>
        <translation>Eine Person auf der Karte suchen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+0)</source>
        <translation>Das ganze Netzwerk zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>Fit everyone</source>
        <translation>Alle einpassen</translation>
    </message>
    <message>
        <source>Show everyone, out to the end of the longest chain of introductions (Ctrl+Shift+0)</source>
        <translation>Alle zeigen, bis zum Ende der längsten Empfehlungskette (Strg+Umschalt+0)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Group by company</source>
        <translation>Nach Unternehmen gruppieren</translation>
    </message>
    <message>
        <source>Show each company as a circle of its people, the referrals across them</source>
        <translation>Jedes Unternehmen als Kreis seiner Menschen zeigen, die Empfehlungen dazwischen</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Weg kopieren</translation>
    </message>
    <message>
        <source>Placing everyone on the map</source>
        <translation>Alle werden auf der Karte platziert</translation>
    </message>
    <message>
        <source>Nobody on the map yet. Add the people you already know: they form the first ring around you, and everyone they introduce you to the rings beyond.</source>
        <translation>Noch niemand auf der Karte. Fügen Sie die Menschen hinzu, die Sie bereits kennen: Sie bilden den ersten Ring um Sie, und alle, die sie Ihnen empfehlen, die Ringe dahinter.</translation>
    </message>
    <message>
        <source>The map could not be read: {error}</source>
        <translation>Die Karte konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Nobody on the map matches “{text}”.</source>
        <translation>Niemand auf der Karte passt zu „{text}“.</translation>
    </message>
</context>
<context>
    <name>MapTimeline</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Replay how the network grew, week by week</source>
        <translation>Noch einmal ansehen, wie das Netzwerk Woche für Woche gewachsen ist</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Angezeigte Woche</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: %Ln people</source>
        <translation>
            <numerusform>Woche vom {day}: %Ln Person</numerusform>
            <numerusform>Woche vom {day}: %Ln Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Past employers</source>
        <translation>Frühere Arbeitgeber</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Vernetzt am</translation>
    </message>
    <message>
        <source>Unique ID (UID)</source>
        <translation>Eindeutige ID (UID)</translation>
    </message>
    <message>
        <source>Referrer&apos;s UID</source>
        <translation>UID des Empfehlungsgebers</translation>
    </message>
    <message>
        <source>NetDesk does not know the columns of {name}. Say which column holds what; columns left at (ignore) are not imported.</source>
        <translation>NetDesk kennt die Spalten von {name} nicht. Geben Sie an, welche Spalte was enthält; Spalten, die auf (ignorieren) stehen, werden nicht importiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation>&lt;b&gt;Spalte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enthält&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erste Werte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
</context>
<context>
    <name>MeetingCountdown</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Count down the planned length while you meet, to keep your promise on time</source>
        <translation>Zählt während des Treffens die geplante Dauer herunter, damit Sie Ihre Zusage zur Zeit einhalten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Over time: thank them and offer to leave.</source>
        <translation>Zeit überschritten: Bedanken Sie sich und bieten Sie an, zu gehen.</translation>
    </message>
    <message>
        <source>Time to ask for two names.</source>
        <translation>Zeit, nach zwei Namen zu fragen.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Who are you meeting?</source>
        <translation>Wen treffen Sie?</translation>
    </message>
    <message>
        <source>What you want to learn from them</source>
        <translation>Was Sie von der Person erfahren möchten</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Agenda-Vorlage</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Replace with the template</source>
        <translation>Durch die Vorlage ersetzen</translation>
    </message>
    <message>
        <source>Save this agenda as the template</source>
        <translation>Diese Agenda als Vorlage speichern</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Mit:</translation>
    </message>
    <message>
        <source>Also wi&amp;th:</source>
        <translation>Weitere &amp;Personen:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>A&amp;genda:</translation>
    </message>
    <message>
        <source>P&amp;lanned length:</source>
        <translation>Geplante &amp;Dauer:</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Countdown:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>When the meeting ended; sets the actual length</source>
        <translation>Wann das Treffen endete; legt die tatsächliche Dauer fest</translation>
    </message>
    <message>
        <source>ended at</source>
        <translation>Ende um</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informationen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>What came of it, in a line</source>
        <translation>Was dabei herauskam, in einer Zeile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verschickt</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>A&amp;ctual length:</source>
        <translation>&amp;Tatsächliche Dauer:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Help received:</source>
        <translation>Erhaltene Hilfe:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Thank-you note:</source>
        <translation>Dankschreiben:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Wiedervorlage:</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Stelle:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reason to call</source>
        <translation>Anlass für den Anruf</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>Treffen &amp;löschen</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>Das Treffen kann nicht enden, bevor es beginnt.</translation>
    </message>
    <message>
        <source>New meeting with {name}</source>
        <translation>Neues Treffen mit {name}</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation>Treffen mit {name}</translation>
    </message>
    <message>
        <source>Save this meeting?</source>
        <translation>Dieses Treffen speichern?</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>Trotzdem speichern?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>&amp;Go back and change it</source>
        <translation>&amp;Zurück und ändern</translation>
    </message>
    <message>
        <source>Choose the posting from the list, or untick it.</source>
        <translation>Wählen Sie die Stellenanzeige aus der Liste, oder entfernen Sie den Haken.</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>Treffen speichern</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Treffen hinzufügen</translation>
    </message>
    <message>
        <source>The meeting was not saved.</source>
        <translation>Das Treffen wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Delete this meeting?</source>
        <translation>Dieses Treffen löschen?</translation>
    </message>
    <message>
        <source>The meeting and its thank-you and follow-up tasks are deleted. The people they referred you to stay in your contacts.</source>
        <translation>Das Treffen und seine Aufgaben für Dankschreiben und Wiedervorlage werden gelöscht. Die Personen, die Ihnen dabei empfohlen wurden, bleiben in Ihren Kontakten.</translation>
    </message>
    <message>
        <source>&amp;Delete this meeting</source>
        <translation>Dieses Treffen &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Treffen &amp;behalten</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Treffen löschen</translation>
    </message>
    <message>
        <source>The meeting was not deleted.</source>
        <translation>Das Treffen wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Discard this meeting?</source>
        <translation>Dieses Treffen verwerfen?</translation>
    </message>
    <message>
        <source>You have changed this meeting. Close without saving?</source>
        <translation>Sie haben dieses Treffen geändert. Ohne Speichern schließen?</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Name they gave</source>
        <translation>Genannter Name</translation>
    </message>
    <message>
        <source>Why you should talk to them</source>
        <translation>Warum Sie mit der Person sprechen sollten</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Genannt von</translation>
    </message>
    <message>
        <source>Who at the meeting gave you this name</source>
        <translation>Wer Ihnen beim Treffen diesen Namen genannt hat</translation>
    </message>
    <message>
        <source>Calls ahead</source>
        <translation>Kündigt an</translation>
    </message>
    <message>
        <source>They will call to introduce you first</source>
        <translation>Die Person ruft vorher an und kündigt Sie an</translation>
    </message>
    <message>
        <source>Remove this name</source>
        <translation>Diesen Namen entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>In your contacts</source>
        <translation>In Ihren Kontakten</translation>
    </message>
    <message>
        <source>This meeting becomes how you were referred to them</source>
        <translation>Dieses Treffen wird als Weg eingetragen, über den Ihnen die Person empfohlen wurde</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>A contact is created for this name when you save</source>
        <translation>Beim Speichern wird für diesen Namen ein Kontakt angelegt</translation>
    </message>
    <message>
        <source>Add someone else who was there</source>
        <translation>Weitere Person hinzufügen, die dabei war</translation>
    </message>
    <message>
        <source>Add this person to the meeting</source>
        <translation>Diese Person zum Treffen hinzufügen</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Also attending</source>
        <translation>Ebenfalls dabei</translation>
    </message>
    <message>
        <source>&amp;Remove from the meeting</source>
        <translation>Aus dem Treffen ent&amp;fernen</translation>
    </message>
    <message>
        <source>{name} is already at this meeting.</source>
        <translation>{name} ist bereits bei diesem Treffen.</translation>
    </message>
    <message>
        <source>Choose someone from your contacts.</source>
        <translation>Wählen Sie jemanden aus Ihren Kontakten.</translation>
    </message>
</context>
<context>
    <name>MeetingKindHints</name>
    <message>
        <source>A short talk to learn where the openings are and to ask for two names: it is not a request for a job.</source>
        <translation>Ein kurzes Gespräch, um zu erfahren, wo es offene Stellen gibt, und um nach zwei Namen zu fragen: Es ist keine Bitte um eine Stelle.</translation>
    </message>
    <message>
        <source>A short talk to learn how a career or a company really works, before you decide to pursue it.</source>
        <translation>Ein kurzes Gespräch, um zu erfahren, wie ein Beruf oder ein Unternehmen wirklich funktioniert, bevor Sie sich dafür entscheiden.</translation>
    </message>
    <message>
        <source>You approach a decision-maker directly about a need you could meet, without a posting.</source>
        <translation>Sie sprechen einen Entscheidungsträger direkt auf einen Bedarf an, den Sie decken könnten, ohne Stellenanzeige.</translation>
    </message>
    <message>
        <source>A job interview for a position: prepare for their questions.</source>
        <translation>Ein Vorstellungsgespräch für eine Stelle: Bereiten Sie sich auf die Fragen vor.</translation>
    </message>
    <message>
        <source>A group event (fair, association, conference): meet people, collect names.</source>
        <translation>Eine Gruppenveranstaltung (Messe, Verband, Konferenz): Leute kennenlernen, Namen sammeln.</translation>
    </message>
</context>
<context>
    <name>MeetingsIntegration</name>
    <message>
        <source>&amp;Log meeting...</source>
        <translation>&amp;Treffen erfassen...</translation>
    </message>
    <message>
        <source>Plan or record a meeting with the current contact</source>
        <translation>Ein Treffen mit dem aktuellen Kontakt planen oder festhalten</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)...</source>
        <translation>&amp;Kalender exportieren (.ics)...</translation>
    </message>
    <message>
        <source>Meetings and follow-ups as a file for your calendar application</source>
        <translation>Treffen und Wiedervorlagen als Datei für Ihr Kalenderprogramm</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {company}</source>
        <translation>{company} zusammenführen</translation>
    </message>
    <message>
        <source>Merge {company} into:</source>
        <translation>{company} zusammenführen mit:</translation>
    </message>
    <message>
        <source>The company to keep</source>
        <translation>Das Unternehmen, das bleibt</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>That is the company being merged.</source>
        <translation>Das ist das Unternehmen, das zusammengeführt wird.</translation>
    </message>
    <message>
        <source>There is no company called {name}.</source>
        <translation>Es gibt kein Unternehmen namens {name}.</translation>
    </message>
    <message numerus="yes">
        <source>people who work there: %Ln</source>
        <translation>
            <numerusform>Personen, die dort arbeiten: %Ln</numerusform>
            <numerusform>Personen, die dort arbeiten: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>people who used to work there: %Ln</source>
        <translation>
            <numerusform>Personen, die früher dort gearbeitet haben: %Ln</numerusform>
            <numerusform>Personen, die früher dort gearbeitet haben: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>postings: %Ln</source>
        <translation>
            <numerusform>Stellenanzeigen: %Ln</numerusform>
            <numerusform>Stellenanzeigen: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>other names: %Ln</source>
        <translation>
            <numerusform>weitere Namen: %Ln</numerusform>
            <numerusform>weitere Namen: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>{other} becomes part of {keep}, and “{other}” another name of {keep}.
Moving to {keep}: {moves}.
You can undo this.</source>
        <translation>{other} wird Teil von {keep}, und „{other}“ wird ein weiterer Name von {keep}.
Zu {keep} wechseln: {moves}.
Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>{other} in {keep} zusammenführen</translation>
    </message>
    <message>
        <source>{other} is now part of {keep}.</source>
        <translation>{other} gehört jetzt zu {keep}.</translation>
    </message>
    <message>
        <source>The companies were not merged.</source>
        <translation>Die Unternehmen wurden nicht zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln Treffen</numerusform>
            <numerusform>%Ln Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls, e-mails, notes</source>
        <translation>
            <numerusform>%Ln Eintrag (Anrufe, E-Mails, Notizen)</numerusform>
            <numerusform>%Ln Einträge (Anrufe, E-Mails, Notizen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln Aufgabe</numerusform>
            <numerusform>%Ln Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln favours</source>
        <translation>
            <numerusform>%Ln Gefallen</numerusform>
            <numerusform>%Ln Gefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people they referred</source>
        <translation>
            <numerusform>%Ln von ihnen empfohlene Person</numerusform>
            <numerusform>%Ln von ihnen empfohlene Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagePlaceholders</name>
    <message>
        <source>The contact&apos;s first name.</source>
        <translation>Der Vorname des Kontakts.</translation>
    </message>
    <message>
        <source>The contact&apos;s full name.</source>
        <translation>Der vollständige Name des Kontakts.</translation>
    </message>
    <message>
        <source>The contact&apos;s company or organization.</source>
        <translation>Das Unternehmen oder die Organisation des Kontakts.</translation>
    </message>
    <message>
        <source>The contact&apos;s job title.</source>
        <translation>Die Position des Kontakts.</translation>
    </message>
    <message>
        <source>The full name of whoever suggested you contact them.</source>
        <translation>Der vollständige Name der Person, die Ihnen den Kontakt empfohlen hat.</translation>
    </message>
    <message>
        <source>The first name of whoever referred them.</source>
        <translation>Der Vorname der Person, die Ihnen den Kontakt empfohlen hat.</translation>
    </message>
    <message>
        <source>Why the referrer suggested them, as you would repeat it (“she told me you know everyone in logistics”).</source>
        <translation>Warum Ihnen die Person empfohlen wurde, so wie Sie es wiedergeben würden („sie meinte, Sie kennen in der Logistik jeden“).</translation>
    </message>
    <message>
        <source>Your own name, as set in Settings.</source>
        <translation>Ihr eigener Name, wie in den Einstellungen festgelegt.</translation>
    </message>
    <message>
        <source>What you would like to talk about, as it would end the sentence “I’d value your thoughts on …” (“how planning teams work with carriers”).</source>
        <translation>Worüber Sie sprechen möchten, so wie es in den Satz „Ihre Sicht auf … würde mich sehr interessieren“ passt („die Zusammenarbeit von Planungsteams mit Spediteuren“).</translation>
    </message>
    <message>
        <source>How many minutes you ask for: the meeting&apos;s planned length, 15 unless you set another.</source>
        <translation>Wie viele Minuten Sie erbitten: die geplante Dauer des Treffens, 15, sofern Sie nichts anderes festlegen.</translation>
    </message>
    <message>
        <source>The day of the meeting.</source>
        <translation>Der Tag des Treffens.</translation>
    </message>
    <message>
        <source>What they gave you at the meeting (information, names, introductions, referrals), as it would end “I’m grateful for …”.</source>
        <translation>Was die Person Ihnen beim Treffen gegeben hat (Informationen, Namen, Kontakte, Empfehlungen), so wie es den Satz „Besonders dankbar bin ich für …“ beendet.</translation>
    </message>
    <message>
        <source>What the contact is good at, as it would end “someone who needs help with …”.</source>
        <translation>Worin der Kontakt gut ist, so wie es in „jemand, der Unterstützung bei … braucht“ passt.</translation>
    </message>
    <message>
        <source>What the contact needs, as it would end “you were looking for …”.</source>
        <translation>Was der Kontakt braucht, so wie es in den Satz „Sie hatten erwähnt, dass Sie … suchen“ passt.</translation>
    </message>
    <message>
        <source>The title of the job (the posting).</source>
        <translation>Die Bezeichnung der Stelle (aus der Stellenanzeige).</translation>
    </message>
    <message>
        <source>The company of the job (the posting).</source>
        <translation>Das Unternehmen der Stelle (aus der Stellenanzeige).</translation>
    </message>
    <message>
        <source>Everyone along the chain of introductions that led to the job, in order.</source>
        <translation>Alle Personen in der Kette der Empfehlungen, die zu der Stelle geführt hat, in ihrer Reihenfolge.</translation>
    </message>
    <message>
        <source>the information you shared</source>
        <translation>die wertvollen Informationen</translation>
    </message>
    <message>
        <source>the names you suggested</source>
        <translation>die Namen weiterer Ansprechpartner</translation>
    </message>
    <message>
        <source>the introductions</source>
        <translation>die Vermittlung von Kontakten</translation>
    </message>
    <message>
        <source>the referrals</source>
        <translation>Ihre Empfehlungen</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>Ask for a meeting: look for leads</source>
        <translation>Um ein Treffen bitten: nach Hinweisen auf Stellen fragen</translation>
    </message>
    <message>
        <source>[[if referrer_name]]{referrer_name} suggested I get in touch[[else]]{minutes} minutes of your advice?[[end]]</source>
        <translation>[[if referrer_name]]Auf Empfehlung von {referrer_name}[[else]]{minutes} Minuten für Ihren Rat?[[end]]</translation>
    </message>
    <message>
        <source>Hi {first_name},

[[if referrer_name]]
{referrer_name} suggested I get in touch[[if referral_reason]]: {referral_reason}[[end]].

[[end]]
I’m looking for my next role, and I’m trying to learn where the opportunities are before they are advertised. [[if company]]From where you sit at {company}, you[[else]]You[[end]] see far more of the field than I can from outside[[if purpose]], and I’d value your thoughts on {purpose}[[end]].

I’m not asking you for a job, or expecting you to know of one. Could we talk for {minutes} minutes in the next week or two, by phone or over coffee? I’d like to hear how you see the field and who else you think I should talk to, and I’ll keep to the time.

Thank you for considering it.

Best regards,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hallo {first_name},

[[if referrer_name]]
{referrer_name} hat mir empfohlen, mich an Sie zu wenden[[if referral_reason]]: {referral_reason}[[end]].

[[end]]
Stellen werden oft besetzt, bevor sie überhaupt ausgeschrieben sind. Da ich gerade meine nächste berufliche Aufgabe suche, möchte ich herausfinden, wo sich solche Chancen ergeben. [[if company]]Von Ihrer Position bei {company} aus überblicken Sie[[else]]Sie überblicken[[end]] die Branche viel besser, als ich es von außen kann[[if purpose]], und Ihre Sicht auf {purpose} würde mich sehr interessieren[[end]].

Ich bitte Sie nicht um eine Stelle und erwarte auch nicht, dass Sie eine kennen. Hätten Sie in den nächsten ein, zwei Wochen {minutes} Minuten Zeit für ein Gespräch, am Telefon oder bei einem Kaffee? Ich würde gern hören, wie Sie die Branche sehen und mit wem ich Ihrer Meinung nach noch sprechen sollte – und ich verspreche, die Zeit einzuhalten.

Ich freue mich über Ihre Rückmeldung.

Beste Grüße
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Ask for a meeting: learn about a career or company</source>
        <translation>Um ein Treffen bitten: einen Beruf oder ein Unternehmen kennenlernen</translation>
    </message>
    <message>
        <source>Hi {first_name},

[[if referrer_name]]
{referrer_name} suggested I get in touch[[if referral_reason]]: {referral_reason}[[end]].

[[end]]
I’m learning all I can about [[if purpose]]{purpose}[[else]]your field[[end]][[if company]], and about {company} in particular,[[end]] before I decide where to take my career next. Your experience[[if title]] as {title}[[end]] would help me see the work as it really is.

This isn’t a request for a job: I’d simply like to understand the work better. Could we talk for {minutes} minutes in the next week or two, by phone or over coffee? I’ll keep to the time.

Thank you for considering it.

Best regards,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hallo {first_name},

[[if referrer_name]]
{referrer_name} hat mir empfohlen, mich an Sie zu wenden[[if referral_reason]]: {referral_reason}[[end]].

[[end]]
Ihre Erfahrung[[if title]] als {title}[[end]] würde mir sehr helfen: Bevor ich entscheide, wie es beruflich für mich weitergeht, möchte ich so viel wie möglich über [[if purpose]]{purpose}[[else]]Ihr Fachgebiet[[end]][[if company]] und insbesondere über {company}[[end]] erfahren und die Arbeit so kennenlernen, wie sie wirklich ist.

Es geht mir nicht um eine Stelle: Ich möchte die Arbeit einfach besser verstehen. Hätten Sie in den nächsten ein, zwei Wochen {minutes} Minuten Zeit für ein Gespräch, am Telefon oder bei einem Kaffee? Ich verspreche, die Zeit einzuhalten.

Ich freue mich über Ihre Rückmeldung.

Beste Grüße
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Opening line to someone you were referred to</source>
        <translation>Einleitungssatz für jemanden, der Ihnen empfohlen wurde</translation>
    </message>
    <message>
        <source>{referrer_name} suggested I get in touch</source>
        <translation>Auf Empfehlung von {referrer_name}</translation>
    </message>
    <message>
        <source>Hi {first_name}[[if my_name]], this is {my_name}[[end]]. {referrer_name} suggested I give you a call[[if referral_reason]]: {referral_reason}[[end]]. Could you spare {minutes} minutes for a few questions, now or at a time that suits you better? I’m not asking for a job, only for your advice.</source>
        <translation>Hallo {first_name}[[if my_name]], mein Name ist {my_name}[[end]]. {referrer_name} hat mir empfohlen, Sie anzurufen[[if referral_reason]]: {referral_reason}[[end]]. Hätten Sie {minutes} Minuten für ein paar Fragen, jetzt oder wann es Ihnen besser passt? Ich bitte nicht um eine Stelle, nur um Ihren Rat.</translation>
    </message>
    <message>
        <source>Ask the referrer to call ahead</source>
        <translation>Empfehlungsgeber bitten, Sie vorab anzukündigen</translation>
    </message>
    <message>
        <source>Thank you for suggesting {name}</source>
        <translation>Danke, dass Sie mir {name} empfohlen haben</translation>
    </message>
    <message>
        <source>Hi {referrer_first_name},

Thank you again for suggesting I talk to {name}[[if company]] at {company}[[end]]. I’m planning to get in touch in the next few days.

Would you be willing to let {first_name} know to expect my call? A quick word from you would make all the difference: {first_name} will know who I am and why I’m calling.

I’ll let you know how it goes.

Thank you,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hallo {referrer_first_name},

noch einmal vielen Dank, dass Sie mir {name}[[if company]] bei {company}[[end]] empfohlen haben. Ich habe vor, in den nächsten Tagen Kontakt aufzunehmen.

Könnten Sie {first_name} vielleicht kurz Bescheid geben, dass ich anrufen werde? Ein kurzes Wort von Ihnen würde viel ausmachen: {first_name} weiß dann, wer ich bin und warum ich anrufe.

Ich halte Sie auf dem Laufenden.

Vielen Dank und viele Grüße
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Thank-you note after a meeting</source>
        <translation>Dankschreiben nach einem Treffen</translation>
    </message>
    <message>
        <source>Thank you for your time</source>
        <translation>Vielen Dank für Ihre Zeit</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for taking the time to talk with me[[if meeting_date]] on {meeting_date}[[end]]. [[if help_given]]I’m especially grateful for {help_given}.[[else]]I came away with a much clearer picture of where to go next.[[end]]

[[if referrer_first_name]]I’ll let {referrer_first_name} know how helpful you were, and I’ll[[else]]I’ll[[end]] keep you posted on how things go.

With thanks,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hallo {first_name},

vielen Dank für Ihre Zeit und unser Gespräch[[if meeting_date]] am {meeting_date}[[end]]. [[if help_given]]Besonders dankbar bin ich für {help_given}.[[else]]Ich sehe jetzt viel klarer, wie es für mich weitergehen kann.[[end]]

[[if referrer_first_name]]Ich werde {referrer_first_name} erzählen, wie sehr Sie mir geholfen haben, und Sie[[else]]Ich werde Sie[[end]] auf dem Laufenden halten.

Mit herzlichem Dank
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Follow-up nudge</source>
        <translation>Freundlich nachfassen</translation>
    </message>
    <message>
        <source>[[if meeting_date]]Following up on our conversation[[else]]Following up: {minutes} minutes of your advice?[[end]]</source>
        <translation>[[if meeting_date]]Rückmeldung zu unserem Gespräch[[else]]Kurze Nachfrage: {minutes} Minuten für Ihren Rat?[[end]]</translation>
    </message>
    <message>
        <source>Hi {first_name},

[[if meeting_date]]
Thank you again for talking with me on {meeting_date}. I’ve followed up on your suggestions and wanted to let you know where things stand: I’m still looking, and I’d be glad to hear of anyone else you think I should talk to.
[[else]]
I wrote a little while ago[[if referrer_name]], at {referrer_name}’s suggestion,[[end]] to ask for {minutes} minutes of your advice. I know how full inboxes get, so I’m following up just once.

If now isn’t a good time, I understand. The name of someone else I could talk to would help just as much.
[[end]]

Thank you,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hallo {first_name},

[[if meeting_date]]
noch einmal vielen Dank für unser Gespräch am {meeting_date}. Ich bin Ihren Hinweisen nachgegangen und möchte Ihnen kurz berichten, wo ich stehe: Ich suche noch, und ich würde mich freuen, wenn Ihnen noch jemand einfällt, mit dem ich sprechen sollte.
[[else]]
vor einiger Zeit habe ich Ihnen geschrieben[[if referrer_name]] – auf Empfehlung von {referrer_name} –[[end]] und Sie um {minutes} Minuten für Ihren Rat gebeten. Ich weiß, wie voll Postfächer sein können, deshalb frage ich nur dieses eine Mal nach.

Wenn es gerade nicht passt, verstehe ich das gut. Der Name einer anderen Person, mit der ich sprechen könnte, würde mir genauso helfen.
[[end]]

Vielen Dank und viele Grüße
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Check in: anything I can do for you?</source>
        <translation>Sich melden: Kann ich etwas für Sie tun?</translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation>Ein kurzer Gruß</translation>
    </message>
    <message>
        <source>Hi {first_name},

It’s been a while since we last spoke, and I wanted to check in and thank you again for your help.

[[if their_needs]]
You mentioned you were looking for {their_needs}. I’ve been keeping it in mind, and if I come across anything or anyone useful, I’ll send it your way.

[[end]]
[[if good_at]]
Whenever I meet someone who needs help with {good_at}, I’ll point them to you.

[[end]]
Is there anything I can do for you? I’d be glad to return the favour.

Best regards,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hallo {first_name},

es ist eine Weile her, seit wir zuletzt gesprochen haben, und ich möchte mich kurz melden und Ihnen nochmals für Ihre Hilfe danken.

[[if their_needs]]
Sie hatten erwähnt, dass Sie {their_needs} suchen. Ich behalte das im Hinterkopf, und wenn mir etwas oder jemand Passendes begegnet, sage ich Ihnen Bescheid.

[[end]]
[[if good_at]]
Wann immer ich jemanden treffe, der Unterstützung bei {good_at} braucht, verweise ich gern auf Sie.

[[end]]
Kann ich etwas für Sie tun? Ich würde mich gern revanchieren.

Beste Grüße
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>I found a job: thank you</source>
        <translation>Ich habe eine Stelle gefunden: Danke</translation>
    </message>
    <message>
        <source>Good news, and thank you</source>
        <translation>Gute Neuigkeiten – und vielen Dank</translation>
    </message>
    <message>
        <source>Hi {first_name},

I’m happy to tell you that I’ve accepted [[if posting_title]]a position as {posting_title}[[else]]a new position[[end]][[if posting_company]] at {posting_company}[[end]].

[[if helpers]]
It came about through a chain of people who each pointed me to the next: {helpers}. Your part in it mattered, and I’m very grateful.
[[else]]
Your advice and encouragement were part of how it happened, and I’m very grateful.
[[end]]

Please keep in touch, and let me know whenever I can return the favour.

With thanks,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hallo {first_name},

ich freue mich, Ihnen mitteilen zu können, dass ich [[if posting_title]]eine Stelle als {posting_title}[[else]]eine neue Stelle[[end]][[if posting_company]] bei {posting_company}[[end]] angenommen habe.

[[if helpers]]
Zustande kam das über eine Kette von Menschen, von denen mich jeder an den Nächsten verwiesen hat: {helpers}. Ihr Beitrag dazu war wichtig, und ich bin Ihnen sehr dankbar.
[[else]]
Ihr Rat und Ihre Ermutigung haben dazu beigetragen, und ich bin Ihnen sehr dankbar.
[[end]]

Lassen Sie uns gern in Kontakt bleiben, und sagen Sie mir jederzeit Bescheid, wenn ich mich revanchieren kann.

Mit herzlichem Dank
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>The parts of NetDesk: Up and Down switch pages, Enter goes into the page</source>
        <translation>Die Bereiche von NetDesk: Mit den Pfeiltasten nach oben und unten wechseln Sie die Seite, mit der Eingabetaste gelangen Sie in die Seite</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Show the {page} page</source>
        <translation>Die Seite „{page}“ anzeigen</translation>
    </message>
</context>
<context>
    <name>Neglected</name>
    <message>
        <source>&amp;Who have I neglected?</source>
        <translation>&amp;Wen habe ich vernachlässigt?</translation>
    </message>
    <message>
        <source>Everyone due to keep in touch with, the most overdue first</source>
        <translation>Alle, mit denen Sie Kontakt halten sollten, die am längsten überfälligen zuerst</translation>
    </message>
    <message>
        <source>Log call with {name}</source>
        <translation>Anruf mit {name} erfassen</translation>
    </message>
    <message>
        <source>Call with {name} logged.</source>
        <translation>Anruf mit {name} erfasst.</translation>
    </message>
    <message>
        <source>The call was not logged.</source>
        <translation>Der Anruf wurde nicht erfasst.</translation>
    </message>
</context>
<context>
    <name>NeglectedDialog</name>
    <message>
        <source>Who have I neglected?</source>
        <translation>Wen habe ich vernachlässigt?</translation>
    </message>
    <message>
        <source>People to keep in touch with</source>
        <translation>Personen, mit denen Sie Kontakt halten sollten</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Mehr anzeigen</translation>
    </message>
    <message>
        <source>&amp;Show in Contacts</source>
        <translation>In den &amp;Kontakten anzeigen</translation>
    </message>
    <message>
        <source>Select this person in the contact table</source>
        <translation>Diese Person in der Kontakttabelle auswählen</translation>
    </message>
    <message>
        <source>Log a &amp;call</source>
        <translation>&amp;Anruf erfassen</translation>
    </message>
    <message>
        <source>Log a call with this person now</source>
        <translation>Jetzt einen Anruf mit dieser Person erfassen</translation>
    </message>
    <message>
        <source>C&amp;ompose...</source>
        <translation>Nachricht &amp;verfassen...</translation>
    </message>
    <message>
        <source>Write to this person from a template</source>
        <translation>Dieser Person mit einer Vorlage schreiben</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Wird gelesen...</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>Die Liste konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Nobody is due: you are in touch with everyone.</source>
        <translation>Niemand ist fällig: Sie halten mit allen Kontakt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people to keep in touch with, the most overdue first.</source>
        <translation>
            <numerusform>%Ln Person, mit der Sie Kontakt halten sollten.</numerusform>
            <numerusform>%Ln Personen, mit denen Sie Kontakt halten sollten, die am längsten überfälligen zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {shown}.</source>
        <translation>Angezeigt: {shown}.</translation>
    </message>
</context>
<context>
    <name>NeglectedModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythmus</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation>Fällig seit {day}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>overdue %Ln days</source>
        <translation>
            <numerusform>seit %Ln Tag überfällig</numerusform>
            <numerusform>seit %Ln Tagen überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkNumbers</name>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Netzwerk&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Wird gezählt...</translation>
    </message>
    <message>
        <source>Numbers unavailable: {error}</source>
        <translation>Zahlen nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>No meetings held yet: each one should bring {goal} new names.</source>
        <translation>Noch keine Treffen: Jedes sollte {goal} neue Namen bringen.</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>im Ziel</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>unter dem Ziel</translation>
    </message>
    <message>
        <source>{per} referrals per meeting (goal {goal}, {verdict}): {referrals} from {meetings} meetings.</source>
        <translation>{per} Empfehlungen pro Treffen (Ziel {goal}, {verdict}): {referrals} aus {meetings} Treffen.</translation>
    </message>
    <message numerus="yes">
        <source>, ... (%Ln more generations)</source>
        <translation>
            <numerusform>, ... (%Ln weitere Generation)</numerusform>
            <numerusform>, ... (%Ln weitere Generationen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln generations below the people you knew; people per generation: {sizes}.</source>
        <translation>
            <numerusform>%Ln Generation unterhalb der Personen, die Sie kannten; Personen je Generation: {sizes}.</numerusform>
            <numerusform>%Ln Generationen unterhalb der Personen, die Sie kannten; Personen je Generation: {sizes}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageImport</name>
    <message>
        <source>the pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>{file} holds no posting data that NetDesk can read, so the form is filled from its title and address. Type the company and check the rest.</source>
        <translation>{file}: keine Stellendaten, die NetDesk lesen kann. Das Formular ist daher mit Titel und Adresse ausgefüllt. Geben Sie das Unternehmen ein und prüfen Sie den Rest.</translation>
    </message>
    <message>
        <source>No job page read</source>
        <translation>Keine Stellenseite gelesen</translation>
    </message>
    <message>
        <source>Save the posting from your browser with “Save page as…” (a web page, .html), then open that file.</source>
        <translation>Speichern Sie die Stellenanzeige im Browser mit „Seite speichern unter…“ (als Webseite, .html) und öffnen Sie dann diese Datei.</translation>
    </message>
</context>
<context>
    <name>PageImportDialog</name>
    <message>
        <source>Import job postings</source>
        <translation>Stellenanzeigen importieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings read. Check them: correct a cell by typing in it, untick what you do not want, then import.</source>
        <translation>
            <numerusform>%Ln Stellenanzeige gelesen. Prüfen Sie sie: Korrigieren Sie eine Zelle, indem Sie hineinschreiben, entfernen Sie den Haken, wenn Sie sie nicht möchten, und importieren Sie dann.</numerusform>
            <numerusform>%Ln Stellenanzeigen gelesen. Prüfen Sie sie: Korrigieren Sie eine Zelle, indem Sie hineinschreiben, entfernen Sie den Haken bei allem, was Sie nicht möchten, und importieren Sie dann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stellentitel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Bewerben bis</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Postings read from the pages</source>
        <translation>Aus den Seiten gelesene Stellenanzeigen</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Alle anhaken</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Alle Haken &amp;entfernen</translation>
    </message>
    <message>
        <source>{file} was not read: {reason}</source>
        <translation>{file} wurde nicht gelesen: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Skipped on the pages (%Ln):</source>
        <translation>
            <numerusform>Auf den Seiten übersprungen (%Ln):</numerusform>
            <numerusform>Auf den Seiten übersprungen (%Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln postings</source>
        <translation>
            <numerusform>%Ln Stellenanzeige &amp;importieren</numerusform>
            <numerusform>%Ln Stellenanzeigen &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>{file} holds no posting data.</source>
        <translation>{file} enthält keine Stellendaten.</translation>
    </message>
    <message>
        <source>Fill in a &amp;form…</source>
        <translation>&amp;Formular ausfüllen…</translation>
    </message>
    <message>
        <source>Add the posting by hand, starting from the page&apos;s title</source>
        <translation>Die Stellenanzeige von Hand erfassen, ausgehend vom Titel der Seite</translation>
    </message>
    <message>
        <source>Already in your postings</source>
        <translation>Bereits in Ihren Stellenanzeigen</translation>
    </message>
    <message>
        <source>Type the company</source>
        <translation>Unternehmen eingeben</translation>
    </message>
    <message>
        <source>Type the title</source>
        <translation>Stellentitel eingeben</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Neue Stellenanzeige</translation>
    </message>
    <message>
        <source>A ticked posting needs a title and a company: type them, or untick it.</source>
        <translation>Eine angehakte Stellenanzeige braucht einen Stellentitel und ein Unternehmen: Geben Sie beides ein, oder entfernen Sie den Haken.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>The postings were not imported.</source>
        <translation>Die Stellenanzeigen wurden nicht importiert.</translation>
    </message>
</context>
<context>
    <name>PairRows</name>
    <message>
        <source>Pick a label from the list or type your own</source>
        <translation>Wählen Sie eine Bezeichnung aus der Liste, oder geben Sie eine eigene ein</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>PastEmployers</name>
    <message>
        <source>A company they used to work for</source>
        <translation>Ein Unternehmen, bei dem die Person früher gearbeitet hat</translation>
    </message>
    <message>
        <source>Past employer to add</source>
        <translation>Hinzuzufügender früherer Arbeitgeber</translation>
    </message>
    <message>
        <source>Add this past employer</source>
        <translation>Diesen früheren Arbeitgeber hinzufügen</translation>
    </message>
    <message>
        <source>Past employers, most recent first</source>
        <translation>Frühere Arbeitgeber, der jüngste zuerst</translation>
    </message>
    <message>
        <source>Move up (more recent)</source>
        <translation>Nach oben (kürzer her)</translation>
    </message>
    <message>
        <source>Move down (longer ago)</source>
        <translation>Nach unten (länger her)</translation>
    </message>
    <message>
        <source>Remove this past employer</source>
        <translation>Diesen früheren Arbeitgeber entfernen</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste a posting</source>
        <translation>Stellenanzeige einfügen</translation>
    </message>
    <message>
        <source>Copy the posting in your browser (its words, or the page&apos;s source with Ctrl+U) and paste it here with its address. NetDesk reads it here; it fetches nothing from the internet.</source>
        <translation>Kopieren Sie die Stellenanzeige im Browser (ihren Text oder mit Strg+U den Quelltext der Seite) und fügen Sie sie hier mit ihrer Adresse ein. NetDesk liest sie hier; aus dem Internet wird nichts abgerufen.</translation>
    </message>
    <message>
        <source>https://… (the posting&apos;s address)</source>
        <translation>https://… (Adresse der Stellenanzeige)</translation>
    </message>
    <message>
        <source>Paste the posting&apos;s text or the page&apos;s source</source>
        <translation>Text der Stellenanzeige oder Quelltext der Seite einfügen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>The address must be a web address starting with http:// or https://.</source>
        <translation>Die Adresse muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>Paste the posting&apos;s text, or its address.</source>
        <translation>Fügen Sie den Text der Stellenanzeige oder ihre Adresse ein.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
</context>
<context>
    <name>PastePosting</name>
    <message>
        <source>The text holds no posting data that NetDesk can read: the title is its first line. Type the company and check the rest.</source>
        <translation>Der Text enthält keine Stellendaten, die NetDesk lesen kann: Als Stellentitel dient seine erste Zeile. Geben Sie das Unternehmen ein und prüfen Sie den Rest.</translation>
    </message>
</context>
<context>
    <name>PathToMe</name>
    <message>
        <source>Copy opening line</source>
        <translation>Einleitungssatz kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Path to me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Weg zu mir&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select someone to see how you came to know them.</source>
        <translation>Wählen Sie jemanden aus, um zu sehen, wie Sie die Person kennengelernt haben.</translation>
    </message>
    <message>
        <source>No introduction needed: you know {name} already.</source>
        <translation>Keine Vorstellung nötig: Sie kennen {name} bereits.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln Treffen</numerusform>
            <numerusform>%Ln Treffen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln Wiedervorlage</numerusform>
            <numerusform>%Ln Wiedervorlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation>
            <numerusform>Seitdem ist %Ln weiterer Fehler aufgetreten.</numerusform>
            <numerusform>Seitdem sind %Ln weitere Fehler aufgetreten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt löschen</numerusform>
            <numerusform>%Ln Kontakte löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contacts into {name}</source>
        <translation>
            <numerusform>%Ln Kontakt in {name} zusammenführen</numerusform>
            <numerusform>%Ln Kontakte in {name} zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not duplicates (%Ln contacts)</source>
        <translation>
            <numerusform>Keine Duplikate (%Ln Kontakt)</numerusform>
            <numerusform>Keine Duplikate (%Ln Kontakte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more rows</source>
        <translation>
            <numerusform>... und %Ln weitere Zeile</numerusform>
            <numerusform>... und %Ln weitere Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln postings</source>
        <translation>
            <numerusform>%Ln Stellenanzeige importieren</numerusform>
            <numerusform>%Ln Stellenanzeigen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings imported.</source>
        <translation>
            <numerusform>%Ln Stellenanzeige importiert.</numerusform>
            <numerusform>%Ln Stellenanzeigen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be read as saved job pages:</source>
        <translation>
            <numerusform>%Ln Datei konnte nicht als gespeicherte Stellenseite gelesen werden:</numerusform>
            <numerusform>%Ln Dateien konnten nicht als gespeicherte Stellenseiten gelesen werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln job pages…</source>
        <translation>
            <numerusform>%Ln Stellenseite wird gelesen…</numerusform>
            <numerusform>%Ln Stellenseiten werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settle %Ln sync conflicts</source>
        <translation>
            <numerusform>%Ln Synchronisierungskonflikt lösen</numerusform>
            <numerusform>%Ln Synchronisierungskonflikte lösen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingBoard</name>
    <message>
        <source>Postings board</source>
        <translation>Board der Stellenanzeigen</translation>
    </message>
</context>
<context>
    <name>PostingEditor</name>
    <message>
        <source>Posting: {title}</source>
        <translation>Stellenanzeige: {title}</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Neue Stellenanzeige</translation>
    </message>
    <message>
        <source>The employer, e.g. Globex</source>
        <translation>Der Arbeitgeber, z. B. Globex</translation>
    </message>
    <message>
        <source>The job&apos;s title, as the posting says it</source>
        <translation>Der Stellentitel, wie er in der Anzeige steht</translation>
    </message>
    <message>
        <source>https://… (where the posting is)</source>
        <translation>https://… (wo die Stellenanzeige steht)</translation>
    </message>
    <message>
        <source>City, or Remote</source>
        <translation>Stadt oder Remote</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Bewerben bis</translation>
    </message>
    <message>
        <source>What the job is about, why it suits you, whom to ask…</source>
        <translation>Worum es bei der Stelle geht, warum sie zu Ihnen passt, wen Sie fragen können…</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Stellentitel:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Seen on:</source>
        <translation>&amp;Gesehen am:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Bewerbungsfrist:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Verlauf der Phasen</translation>
    </message>
    <message>
        <source>People linked to it</source>
        <translation>Verknüpfte Personen</translation>
    </message>
    <message>
        <source>Who do I know there?</source>
        <translation>Wen kenne ich dort?</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&amp;Add posting</source>
        <translation>Stellenanzeige &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The posting</source>
        <translation>Die Stellenanzeige</translation>
    </message>
    <message>
        <source>Saving moves it from {old} to {new}, dated today.</source>
        <translation>Beim Speichern wechselt sie von „{old}“ zu „{new}“, mit heutigem Datum.</translation>
    </message>
    <message>
        <source>Whom is the job with? Type the company.</source>
        <translation>Wer ist der Arbeitgeber? Geben Sie das Unternehmen ein.</translation>
    </message>
    <message>
        <source>A posting needs a title.</source>
        <translation>Eine Stellenanzeige braucht einen Stellentitel.</translation>
    </message>
    <message>
        <source>A title has at most {count} characters.</source>
        <translation>Ein Stellentitel hat höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with http:// or https://.</source>
        <translation>Der Link muss eine Webadresse sein, die mit http:// oder https:// beginnt.</translation>
    </message>
    <message>
        <source>The deadline is before the day it was posted ({day}).</source>
        <translation>Die Bewerbungsfrist endet vor dem Tag der Veröffentlichung ({day}).</translation>
    </message>
    <message>
        <source>Add posting “{title}”</source>
        <translation>Stellenanzeige „{title}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit posting “{title}”</source>
        <translation>Stellenanzeige „{title}“ bearbeiten</translation>
    </message>
    <message>
        <source>Posting “{title}” at {company} added.</source>
        <translation>Stellenanzeige „{title}“ bei {company} hinzugefügt.</translation>
    </message>
    <message>
        <source>Posting “{title}” saved.</source>
        <translation>Stellenanzeige „{title}“ gespeichert.</translation>
    </message>
    <message>
        <source>The posting was not saved.</source>
        <translation>Die Stellenanzeige wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>That posting is no longer there (deleted in another window?).</source>
        <translation>Diese Stellenanzeige gibt es nicht mehr (in einem anderen Fenster gelöscht?).</translation>
    </message>
</context>
<context>
    <name>PostingTableModel</name>
    <message numerus="yes">
        <source>%Ln days since the last step</source>
        <translation>
            <numerusform>%Ln Tag seit dem letzten Schritt</numerusform>
            <numerusform>%Ln Tage seit dem letzten Schritt</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline is close or past</source>
        <translation>Die Bewerbungsfrist läuft bald ab oder ist abgelaufen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stellentitel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen am</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Bewerbungsfrist</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>PostingsEmptyState</name>
    <message>
        <source>Follow every opportunity to a person</source>
        <translation>Finden Sie zu jeder Stelle einen Menschen</translation>
    </message>
    <message>
        <source>Keep the postings you find here and move each one along as it goes: seen, researching, introduced, applied, interviewing, offer. As you add one, think of who you know at that employer: an introduction from a friend or a former co-worker is the surest way to stand out.</source>
        <translation>Sammeln Sie hier die Stellenanzeigen, die Sie finden, und schieben Sie jede weiter, sobald sich etwas tut: Gesehen, Recherche, Empfohlen, Beworben, Im Auswahlverfahren, Angebot. Überlegen Sie beim Anlegen, wen Sie bei diesem Arbeitgeber kennen: Eine Empfehlung durch Freunde oder frühere Kollegen ist der sicherste Weg, aus der Masse herauszustechen.</translation>
    </message>
    <message>
        <source>Add a posting</source>
        <translation>Stellenanzeige hinzufügen</translation>
    </message>
    <message>
        <source>Open a saved job page</source>
        <translation>Gespeicherte Stellenseite öffnen</translation>
    </message>
    <message>
        <source>A page saved from your browser with Save page as (.html or .htm)</source>
        <translation>Eine im Browser mit „Seite speichern unter“ gespeicherte Seite (.html oder .htm)</translation>
    </message>
    <message>
        <source>Paste a posting</source>
        <translation>Stellenanzeige einfügen</translation>
    </message>
    <message>
        <source>You can also drop saved job pages here.</source>
        <translation>Sie können gespeicherte Stellenseiten auch hierher ziehen.</translation>
    </message>
</context>
<context>
    <name>PostingsPage</name>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Neue Stellenanzeige</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add a posting by hand (Ctrl+Shift+N)</source>
        <translation>Stellenanzeige von Hand erfassen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Open job page...</source>
        <translation>Stellenseite öffnen...</translation>
    </message>
    <message>
        <source>Read postings from web pages saved with your browser&apos;s Save page as</source>
        <translation>Stellenanzeigen aus Webseiten lesen, die Sie im Browser mit „Seite speichern unter“ gespeichert haben</translation>
    </message>
    <message>
        <source>Paste posting...</source>
        <translation>Stellenanzeige einfügen...</translation>
    </message>
    <message>
        <source>Paste a posting&apos;s address and text</source>
        <translation>Adresse und Text einer Stellenanzeige einfügen</translation>
    </message>
    <message>
        <source>Search title, company or location</source>
        <translation>Stellentitel, Unternehmen oder Ort suchen</translation>
    </message>
    <message>
        <source>Search postings</source>
        <translation>Stellenanzeigen durchsuchen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Show only the postings at these stages</source>
        <translation>Nur die Stellenanzeigen in diesen Phasen anzeigen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings found</source>
        <translation>
            <numerusform>%Ln Stellenanzeige gefunden</numerusform>
            <numerusform>%Ln Stellenanzeigen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings</source>
        <translation>
            <numerusform>%Ln Stellenanzeige</numerusform>
            <numerusform>%Ln Stellenanzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>The postings could not be read: {error}</source>
        <translation>Die Stellenanzeigen konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>Link ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Who do I know there?</source>
        <translation>&amp;Wen kenne ich dort?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Open saved job pages</source>
        <translation>Gespeicherte Stellenseiten öffnen</translation>
    </message>
    <message>
        <source>Saved web pages (*.html *.htm)</source>
        <translation>Gespeicherte Webseiten (*.html *.htm)</translation>
    </message>
    <message>
        <source>Move “{title}” to {stage}</source>
        <translation>„{title}“ in die Phase „{stage}“ verschieben</translation>
    </message>
    <message>
        <source>Moved to {stage}.</source>
        <translation>In die Phase „{stage}“ verschoben.</translation>
    </message>
    <message>
        <source>The posting was not moved.</source>
        <translation>Die Stellenanzeige wurde nicht verschoben.</translation>
    </message>
    <message>
        <source>Delete posting</source>
        <translation>Stellenanzeige löschen</translation>
    </message>
    <message>
        <source>Posting deleted. Undo brings it back.</source>
        <translation>Stellenanzeige gelöscht. „Rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <source>The posting was not deleted.</source>
        <translation>Die Stellenanzeige wurde nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>Appearance, language, the weekly plan and reminders</source>
        <translation>Darstellung, Sprache, Wochenplan und Erinnerungen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Same as the system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is set, and changes with it</source>
        <translation>Hell oder dunkel, wie die Arbeitsumgebung eingestellt ist, und wechselt mit ihr</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Dunkle Schrift auf hellem Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Helle Schrift auf dunklem Hintergrund</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of NetDesk&apos;s menus, pages and messages, and of its dates</source>
        <translation>Die Sprache der Menüs, Seiten und Meldungen von NetDesk und seiner Datumsangaben</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>NetDesk speaks the new language the next time it starts.</source>
        <translation>NetDesk verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Message &amp;templates...</source>
        <translation>Nachrichten&amp;vorlagen...</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Edit, reset or add the templates Compose writes from, and your signature</source>
        <translation>Die Vorlagen bearbeiten, zurücksetzen oder hinzufügen, aus denen „Verfassen“ Nachrichten schreibt, und Ihren Namen für die Unterschrift festlegen</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>Kontakt halten</translation>
    </message>
    <message>
        <source>&amp;Keep-in-touch rhythms...</source>
        <translation>&amp;Rhythmen zum Kontakthalten...</translation>
    </message>
    <message>
        <source>Keep-in-touch rhythms</source>
        <translation>Rhythmen zum Kontakthalten</translation>
    </message>
    <message>
        <source>How often to keep in touch, by relationship, status, tag or warm or cold</source>
        <translation>Wie oft Sie Kontakt halten, nach Beziehung, Status, Schlagwort oder warm oder kalt</translation>
    </message>
    <message>
        <source>Close the preferences; the choices are kept</source>
        <translation>Einstellungen schließen; die Auswahl bleibt erhalten</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>Dieselbe Person wie</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Maybe {name} ({reason}): two people may have been given one UID by another program; imported as new unless you choose Merge</source>
        <translation>Vielleicht {name} ({reason}): Ein anderes Programm hat möglicherweise zwei Personen dieselbe UID gegeben; wird als neu importiert, sofern Sie nicht „Zusammenführen“ wählen</translation>
    </message>
    <message>
        <source>Maybe {name} ({reason}), but they have different UIDs: imported as new unless you choose Merge</source>
        <translation>Vielleicht {name} ({reason}), aber mit unterschiedlichen UIDs: wird als neu importiert, sofern Sie nicht „Zusammenführen“ wählen</translation>
    </message>
    <message>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <source>Maybe {name}: {reason}</source>
        <translation>Vielleicht {name}: {reason}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Als neu importieren</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ReachLabels</name>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
</context>
<context>
    <name>ReachRow</name>
    <message>
        <source>{value}
Click to copy</source>
        <translation>{value}
Zum Kopieren klicken</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>Aus Sicherung &amp;wiederherstellen...</translation>
    </message>
    <message>
        <source>Go back to an earlier copy of your network; the current one is kept</source>
        <translation>Zu einer früheren Kopie Ihres Netzwerks zurückkehren; die aktuelle bleibt erhalten</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Schreibgeschützt: {reason}</translation>
    </message>
    <message>
        <source>{path} can be read but not changed: {reason}.</source>
        <translation>{path} kann gelesen, aber nicht geändert werden: {reason}.</translation>
    </message>
    <message>
        <source>Damaged file: restore a backup</source>
        <translation>Beschädigte Datei: Stellen Sie eine Sicherung wieder her</translation>
    </message>
    <message>
        <source>Part of your network is damaged</source>
        <translation>Ein Teil Ihres Netzwerks ist beschädigt</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Contacts that cannot be read as they should are marked in the list, and NetDesk will not write to the file: use File &gt; Restore from backup... to go back to the last good copy.</source>
        <translation>{path} ist beschädigt ({detail}). Kontakte, die nicht richtig gelesen werden können, sind in der Liste markiert, und NetDesk schreibt nicht in die Datei: Mit Datei &gt; Aus Sicherung wiederherstellen... kehren Sie zur letzten intakten Kopie zurück.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>A sync is running: restore the backup once it has finished.</source>
        <translation>Eine Synchronisierung läuft: Stellen Sie die Sicherung wieder her, sobald sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Sicherung wird wiederhergestellt...</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the previous file is kept as {kept}</source>
        <translation>Sicherung {when} wiederhergestellt; die bisherige Datei bleibt als {kept} erhalten</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <source>Names they gave you</source>
        <translation>Namen, die Ihnen genannt wurden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reason to call</source>
        <translation>Anlass für den Anruf</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Genannt von</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>Add a &amp;name</source>
        <translation>Namen &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Aim for two names from every meeting, and ask whether they will call ahead.</source>
        <translation>Ziel: zwei Namen aus jedem Treffen. Fragen Sie auch, ob die Person Sie vorab ankündigt.</translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Warm/kalt</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>All below</source>
        <translation>Alle darunter</translation>
    </message>
    <message>
        <source>Warm leads already know you</source>
        <translation>Warme Kontakte kennen Sie bereits</translation>
    </message>
    <message>
        <source>People this contact referred you to</source>
        <translation>Personen, die Ihnen dieser Kontakt empfohlen hat</translation>
    </message>
    <message>
        <source>Everyone who came through this contact: their referrals, theirs, and so on</source>
        <translation>Alle, die über diesen Kontakt kamen: dessen Empfehlungen, deren Empfehlungen und so weiter</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
</context>
<context>
    <name>ReferralTreePanel</name>
    <message>
        <source>Find in the tree...</source>
        <translation>Im Baum suchen...</translation>
    </message>
    <message>
        <source>Shows the people who match with everyone who led to them</source>
        <translation>Zeigt die passenden Personen zusammen mit allen, über die Sie zu ihnen kamen</translation>
    </message>
    <message>
        <source>Find in the tree</source>
        <translation>Im Baum suchen</translation>
    </message>
    <message>
        <source>Who referred whom: Right shows whom a person referred, Left hides them</source>
        <translation>Wer wen empfohlen hat: Mit der Pfeiltaste nach rechts sehen Sie, wen eine Person empfohlen hat, mit der Pfeiltaste nach links blenden Sie diese Personen wieder aus</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation>Niemand passt zu „{text}“.</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} matches, with who led to them.</source>
        <translation>Angezeigt werden die ersten {shown} von {total} passenden Personen, mit allen, über die Sie zu ihnen kamen.</translation>
    </message>
    <message>
        <source>{shown} matching, with who led to them.</source>
        <translation>Passende Personen: {shown}, mit allen, über die Sie zu ihnen kamen.</translation>
    </message>
    <message>
        <source>Referral tree: “{text}”</source>
        <translation>Empfehlungsbaum: „{text}“</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Empfehlungsbaum</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>You know {name} directly.</source>
        <translation>Sie kennen {name} direkt.</translation>
    </message>
    <message>
        <source>You know {name}</source>
        <translation>Sie kennen {name}</translation>
    </message>
    <message>
        <source>who introduced {name}</source>
        <translation>hat Ihnen {name} empfohlen</translation>
    </message>
    <message>
        <source>... {count} more introductions ...</source>
        <translation>... {count} weitere Empfehlungen ...</translation>
    </message>
    <message>
        <source>{name} suggested I give you a call.</source>
        <translation>{name} hat mir empfohlen, Sie anzurufen.</translation>
    </message>
</context>
<context>
    <name>ReferrerMoves</name>
    <message>
        <source>{name} cannot be their own referrer.</source>
        <translation>{name} kann nicht der eigene Empfehlungsgeber sein.</translation>
    </message>
    <message>
        <source>{referrer} cannot become {name}&apos;s referrer: {referrer} came to you through {name}, so that would make a loop in the chain of introductions.</source>
        <translation>{referrer} kann nicht Empfehlungsgeber von {name} werden: {referrer} kam über {name} zu Ihnen, das ergäbe eine Schleife in der Kette der Empfehlungen.</translation>
    </message>
    <message>
        <source>The referrer was not changed.</source>
        <translation>Der Empfehlungsgeber wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Referrer not changed</source>
        <translation>Empfehlungsgeber nicht geändert</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>&amp;Open NetDesk</source>
        <translation>NetDesk ö&amp;ffnen</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Show &amp;reminders in the system tray</source>
        <translation>&amp;Erinnerungen im Infobereich zeigen</translation>
    </message>
    <message>
        <source>A tray icon with what is due today, and a notification when it falls due</source>
        <translation>Ein Symbol im Infobereich mit dem, was heute fällig ist, und eine Benachrichtigung, wenn etwas fällig wird</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>NetDesk</source>
        <translation>NetDesk</translation>
    </message>
    <message>
        <source>NetDesk: nothing due today</source>
        <translation>NetDesk: heute ist nichts fällig</translation>
    </message>
    <message numerus="yes">
        <source>NetDesk: %n things due today</source>
        <translation>
            <numerusform>NetDesk: heute ist %n Sache fällig</numerusform>
            <numerusform>NetDesk: heute sind %n Sachen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things due today</source>
        <translation>
            <numerusform>Heute ist %n Sache fällig</numerusform>
            <numerusform>Heute sind %n Sachen fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting with {name} at {time}, in %n minutes</source>
        <translation>
            <numerusform>Treffen mit {name} um {time}, in %n Minute</numerusform>
            <numerusform>Treffen mit {name} um {time}, in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank-you note to {name} is due</source>
        <translation>Dankschreiben an {name} ist fällig</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Show reminders in the &amp;system tray</source>
        <translation>Erinnerungen im &amp;Infobereich zeigen</translation>
    </message>
    <message>
        <source>Show reminders in the system tray</source>
        <translation>Erinnerungen im Infobereich zeigen</translation>
    </message>
    <message>
        <source>The number of things due today on NetDesk&apos;s tray icon, and a notification at start, ten minutes before a meeting and when a thank-you note falls due.</source>
        <translation>Die Zahl der heute fälligen Dinge auf dem NetDesk-Symbol im Infobereich, und eine Benachrichtigung beim Start, zehn Minuten vor einem Treffen und wenn ein Dankschreiben fällig wird.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace {name} by one of its backups. The current file is kept as a backup first, so you can come back to it.</source>
        <translation>Ersetzen Sie {name} durch eine der Sicherungen. Die aktuelle Datei wird vorher als Sicherung aufbewahrt, sodass Sie zu ihr zurückkehren können.</translation>
    </message>
    <message>
        <source>There is no backup of {name} yet. NetDesk takes one every day.</source>
        <translation>Von {name} gibt es noch keine Sicherung. NetDesk legt jeden Tag eine an.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Keep the current file</source>
        <translation>Aktuelle Datei &amp;behalten</translation>
    </message>
</context>
<context>
    <name>RhythmField</name>
    <message>
        <source>Keep in touch every</source>
        <translation>Kontakt halten alle</translation>
    </message>
    <message>
        <source>Set a rhythm for this person, whatever the default rules say</source>
        <translation>Einen eigenen Rhythmus für diese Person festlegen, unabhängig von den Standardregeln</translation>
    </message>
    <message>
        <source>Keep in touch every, number</source>
        <translation>Kontakt halten alle, Anzahl</translation>
    </message>
    <message>
        <source>Keep in touch every, unit</source>
        <translation>Kontakt halten alle, Einheit</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>none: no default rule applies, so they are never due</source>
        <translation>keiner: Keine Standardregel greift, daher nie fällig</translation>
    </message>
    <message>
        <source>the default for the tag &quot;{name}&quot;: {every}</source>
        <translation>Standard für das Schlagwort „{name}“: {every}</translation>
    </message>
    <message>
        <source>the default for warm leads: {every}</source>
        <translation>Standard für warme Kontakte: {every}</translation>
    </message>
    <message>
        <source>the default for cold leads: {every}</source>
        <translation>Standard für kalte Kontakte: {every}</translation>
    </message>
    <message>
        <source>the default for {name}: {every}</source>
        <translation>Standard für {name}: {every}</translation>
    </message>
</context>
<context>
    <name>RhythmRules</name>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation>Warm oder kalt</translation>
    </message>
    <message>
        <source>Add the rhythm for {name}</source>
        <translation>Den Rhythmus für {name} hinzufügen</translation>
    </message>
    <message>
        <source>Remove the rhythm for {name}</source>
        <translation>Den Rhythmus für {name} entfernen</translation>
    </message>
    <message>
        <source>Change the rhythm for {name}</source>
        <translation>Den Rhythmus für {name} ändern</translation>
    </message>
</context>
<context>
    <name>RhythmRulesDialog</name>
    <message>
        <source>Keep-in-touch rhythms</source>
        <translation>Rhythmen zum Kontakthalten</translation>
    </message>
    <message>
        <source>Default rhythms</source>
        <translation>Standardrhythmen</translation>
    </message>
    <message>
        <source>How often to keep in touch with the contacts that have no rhythm of their own: a tag&apos;s rule first, then the status, the relationship, warm or cold.</source>
        <translation>Wie oft Sie mit den Kontakten ohne eigenen Rhythmus Kontakt halten: zuerst die Regel eines Schlagworts, dann der Status, die Beziehung, warm oder kalt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>Regel &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>The selected rule&apos;s contacts follow the next rule that matches them</source>
        <translation>Die Kontakte der gewählten Regel folgen der nächsten Regel, die auf sie passt</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Eine Regel hinzufügen</translation>
    </message>
    <message>
        <source>Kind of the new rule</source>
        <translation>Art der neuen Regel</translation>
    </message>
    <message>
        <source>What the new rule is for</source>
        <translation>Wofür die neue Regel gilt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the rule</source>
        <translation>Die Regel hinzufügen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>The rhythm was not saved.</source>
        <translation>Der Rhythmus wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>RingsModel</name>
    <message numerus="yes">
        <source>Works there (%Ln)</source>
        <translation>
            <numerusform>Arbeitet dort (%Ln)</numerusform>
            <numerusform>Arbeiten dort (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used to work there (%Ln)</source>
        <translation>
            <numerusform>Hat früher dort gearbeitet (%Ln)</numerusform>
            <numerusform>Haben früher dort gearbeitet (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One introduction away (%Ln)</source>
        <translation>
            <numerusform>Über eine Empfehlung erreichbar (%Ln)</numerusform>
            <numerusform>Über eine Empfehlung erreichbar (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>knows {name}</source>
        <translation>kennt {name}</translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation>{name} ({details})</translation>
    </message>
    <message>
        <source>{path} → {name} there</source>
        <translation>{path} → {name} (dort)</translation>
    </message>
    <message>
        <source>How you know them: {path}
Opening line: {line}</source>
        <translation>So kennen Sie die Person: {path}
Einleitungssatz: {line}</translation>
    </message>
</context>
<context>
    <name>SetReferrerDialog</name>
    <message>
        <source>Set referrer of {name}</source>
        <translation>Empfehlungsgeber von {name} festlegen</translation>
    </message>
    <message>
        <source>Start typing a name</source>
        <translation>Namen eintippen</translation>
    </message>
    <message>
        <source>Nobody: I knew {name} directly</source>
        <translation>Niemand: Ich kannte {name} direkt</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>&amp;Empfohlen von:</translation>
    </message>
    <message>
        <source>Choose the referrer from the list, or tick “Nobody”.</source>
        <translation>Wählen Sie den Empfehlungsgeber aus der Liste, oder kreuzen Sie „Niemand“ an.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>{stage} ({n})</source>
        <translation>{stage} ({n})</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {contacts}</source>
        <translation>{contacts}, davon {shown} angezeigt</translation>
    </message>
    <message>
        <source>Searching {contacts}...</source>
        <translation>Durchsuche {contacts}...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups due this week</source>
        <translation>
            <numerusform>%Ln Wiedervorlage diese Woche fällig</numerusform>
            <numerusform>%Ln Wiedervorlagen diese Woche fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln überfällig</numerusform>
            <numerusform>, %Ln überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync now: Ctrl+Shift+S</source>
        <translation>Jetzt synchronisieren: Strg+Umschalt+S</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Letzte Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synchronisiert am {when}</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Wird synchronisiert...</translation>
    </message>
    <message>
        <source>Syncing account {n} of {count}...</source>
        <translation>Konto {n} von {count} wird synchronisiert...</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n empfangen</numerusform>
            <numerusform>%n empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n zusammengeführt</numerusform>
            <numerusform>%n zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted here</source>
        <translation>
            <numerusform>%n hier gelöscht</numerusform>
            <numerusform>%n hier gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>%n auf dem Server gelöscht</numerusform>
            <numerusform>%n auf dem Server gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Letzte Synchronisierung: {when}</translation>
    </message>
    <message>
        <source>First sync cancelled: nothing was changed</source>
        <translation>Erste Synchronisierung abgebrochen: Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Offline: changes wait for the server</source>
        <translation>Offline: Änderungen warten auf den Server</translation>
    </message>
    <message numerus="yes">
        <source>Synced {when}, %n conflicts to settle</source>
        <translation>
            <numerusform>Synchronisiert am {when}, %n Konflikt zu lösen</numerusform>
            <numerusform>Synchronisiert am {when}, %n Konflikte zu lösen</numerusform>
        </translation>
    </message>
    <message>
        <source>NetDesk could not sync</source>
        <translation>NetDesk konnte nicht synchronisieren</translation>
    </message>
    <message>
        <source>The sync did not complete; what was done so far is kept on both sides.</source>
        <translation>Die Synchronisierung wurde nicht abgeschlossen; was bis dahin erledigt war, bleibt auf beiden Seiten erhalten.</translation>
    </message>
    <message>
        <source>Waiting for your choices...</source>
        <translation>Warten auf Ihre Auswahl...</translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation>Postanschriften</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation>Warm oder kalt</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie kennengelernt</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Nächste Wiedervorlage</translation>
    </message>
    <message>
        <source>Past employers</source>
        <translation>Frühere Arbeitgeber</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Keep in touch every (days)</source>
        <translation>Kontakt halten alle (Tage)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Empfohlen von</translation>
    </message>
    <message>
        <source>Why they referred</source>
        <translation>Grund der Empfehlung</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Empfohlen am</translation>
    </message>
    <message>
        <source>Will call ahead</source>
        <translation>Kündigt mich vorab telefonisch an</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Beginnt um</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Art des Treffens</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Thank-you note due</source>
        <translation>Dankesnachricht fällig</translation>
    </message>
    <message>
        <source>Thank-you note sent</source>
        <translation>Dankesnachricht gesendet</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
</context>
<context>
    <name>SyncIntegration</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Send and fetch the changes of your sync accounts&apos; address books and calendars</source>
        <translation>Die Änderungen in den Adressbüchern und Kalendern Ihrer Synchronisierungskonten senden und abrufen</translation>
    </message>
    <message>
        <source>Sync now (Ctrl+Shift+S)</source>
        <translation>Jetzt synchronisieren (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Sync &amp;accounts...</source>
        <translation>Synchronisierungs&amp;konten...</translation>
    </message>
    <message>
        <source>Add or remove CardDAV/CalDAV accounts, and choose when NetDesk syncs</source>
        <translation>CardDAV-/CalDAV-Konten hinzufügen oder entfernen und festlegen, wann NetDesk synchronisiert</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts...</source>
        <translation>Synchronisierungs&amp;konflikte...</translation>
    </message>
    <message>
        <source>Fields changed differently here and on the server: choose which to keep</source>
        <translation>Felder, die hier und auf dem Server unterschiedlich geändert wurden: Wählen Sie, welcher Wert bleibt</translation>
    </message>
    <message>
        <source>A sync is running: open {name} once it has finished.</source>
        <translation>Eine Synchronisierung läuft: Öffnen Sie {name}, sobald sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Sync finished; opening {name}</source>
        <translation>Synchronisierung abgeschlossen; {name} wird geöffnet</translation>
    </message>
    <message>
        <source>A sync is running; {name} will be opened when it finishes.</source>
        <translation>Eine Synchronisierung läuft; {name} wird geöffnet, sobald sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>A sync is running already.</source>
        <translation>Es läuft bereits eine Synchronisierung.</translation>
    </message>
    <message numerus="yes">
        <source>Sync &amp;conflicts (%n)...</source>
        <translation>
            <numerusform>Synchronisierungs&amp;konflikt (%n)...</numerusform>
            <numerusform>Synchronisierungs&amp;konflikte (%n)...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>Close; every change is kept</source>
        <translation>Schließen; alle Änderungen bleiben erhalten</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>The name your messages are signed with</source>
        <translation>Der Name, mit dem Ihre Nachrichten unterschrieben werden</translation>
    </message>
    <message>
        <source>Signs your messages ({my_name})</source>
        <translation>Steht unter Ihren Nachrichten ({my_name})</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Nachrichtenvorlagen</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>Neue &amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Give the built-in template its original text back</source>
        <translation>Den ursprünglichen Text der mitgelieferten Vorlage wiederherstellen</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete this template of your own</source>
        <translation>Diese eigene Vorlage löschen</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>A contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>A referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Der Kontakt</translation>
    </message>
    <message>
        <source>The person who referred them</source>
        <translation>Die Person, die den Kontakt empfohlen hat</translation>
    </message>
    <message>
        <source>Each person along the chain</source>
        <translation>Jede Person in der Empfehlungskette</translation>
    </message>
    <message>
        <source>Completes a task</source>
        <translation>Erledigt eine Aufgabe</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Keine Aufgabe</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <source>Write {first_name} for a value, and [[if company]]…[[end]] around words that only make sense when it has one ([[else]] gives the other wording).</source>
        <translation>Schreiben Sie {first_name} für einen Wert, und setzen Sie [[if company]]…[[end]] um Wörter, die nur passen, wenn es den Wert gibt ([[else]] leitet die andere Formulierung ein).</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>&amp;Written to:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Com&amp;pletes:</source>
        <translation>Erle&amp;digt:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>Nach&amp;richt:</translation>
    </message>
    <message>
        <source>Preview, for a made-up contact</source>
        <translation>Vorschau mit einem erfundenen Kontakt</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>{name} (has an error)</source>
        <translation>{name} (fehlerhaft)</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (eigene)</translation>
    </message>
    <message>
        <source>{name} (edited)</source>
        <translation>{name} (bearbeitet)</translation>
    </message>
    <message>
        <source>A built-in template: what it is for stays as shipped.</source>
        <translation>Eine mitgelieferte Vorlage: Wofür sie verwendet wird, lässt sich nicht ändern.</translation>
    </message>
    <message>
        <source>A template of your own.</source>
        <translation>Eine eigene Vorlage.</translation>
    </message>
    <message>
        <source>(Mend the errors above to see the message.)</source>
        <translation>(Beheben Sie die Fehler oben, um die Nachricht zu sehen.)</translation>
    </message>
    <message>
        <source>{count} of {limit} characters of a LinkedIn invitation</source>
        <translation>{count} von {limit} Zeichen einer LinkedIn-Einladung</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Hi {first_name},

</source>
        <translation>Hallo {first_name},

</translation>
    </message>
    <message>
        <source>Delete the template?</source>
        <translation>Vorlage löschen?</translation>
    </message>
    <message>
        <source>Delete the message template “{name}”?</source>
        <translation>Nachrichtenvorlage „{name}“ löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete the template</source>
        <translation>Vorlage &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Vorlage &amp;behalten</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>{kind} with {people}</source>
        <translation>{kind} mit {people}</translation>
    </message>
    <message>
        <source>{others} and {last}</source>
        <translation>{others} und {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>What was said (optional)</source>
        <translation>Was besprochen wurde (optional)</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Anruf erfassen</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>E-Mail erfassen</translation>
    </message>
    <message>
        <source>Log a letter</source>
        <translation>Brief erfassen</translation>
    </message>
    <message>
        <source>Log a message</source>
        <translation>Nachricht erfassen</translation>
    </message>
    <message>
        <source>Log a note</source>
        <translation>Notiz erfassen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Favour I did for them</source>
        <translation>Gefallen, den ich der Person getan habe</translation>
    </message>
    <message>
        <source>Favour they did for me</source>
        <translation>Gefallen, den die Person mir getan hat</translation>
    </message>
    <message>
        <source>Log meeting...</source>
        <translation>Treffen erfassen...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
        <source>History with {name}</source>
        <translation>Verlauf mit {name}</translation>
    </message>
    <message>
        <source>Compose a message...</source>
        <translation>Nachricht verfassen...</translation>
    </message>
    <message>
        <source>Delete “{what}” of {when} from the history?</source>
        <translation>„{what}“ vom {when} aus dem Verlauf löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete this entry</source>
        <translation>Diesen Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>Delete “{what}” from the history</source>
        <translation>„{what}“ aus dem Verlauf löschen</translation>
    </message>
    <message>
        <source>It was not logged.</source>
        <translation>Es wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>Type what the favour was, then choose it again.</source>
        <translation>Geben Sie ein, worin der Gefallen bestand, und wählen Sie ihn dann erneut.</translation>
    </message>
    <message>
        <source>Log favour</source>
        <translation>Gefallen erfassen</translation>
    </message>
    <message>
        <source>The favour was not logged.</source>
        <translation>Der Gefallen wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>Open meeting...</source>
        <translation>Treffen öffnen...</translation>
    </message>
    <message>
        <source>Delete from the history?</source>
        <translation>Aus dem Verlauf löschen?</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>Eintrag &amp;behalten</translation>
    </message>
    <message>
        <source>It was not deleted.</source>
        <translation>Es wurde nicht gelöscht.</translation>
    </message>
</context>
<context>
    <name>TreeLegend</name>
    <message>
        <source>not called or written yet</source>
        <translation>noch nicht angerufen oder angeschrieben</translation>
    </message>
    <message>
        <source>called or written to</source>
        <translation>angerufen oder angeschrieben</translation>
    </message>
    <message>
        <source>a meeting is planned</source>
        <translation>ein Treffen ist geplant</translation>
    </message>
    <message>
        <source>you have met</source>
        <translation>Sie haben sich getroffen</translation>
    </message>
    <message>
        <source>met; stay in touch every few weeks</source>
        <translation>getroffen; sich alle paar Wochen melden</translation>
    </message>
    <message>
        <source>resting: no follow-up planned</source>
        <translation>pausiert: keine Wiedervorlage geplant</translation>
    </message>
    <message>
        <source>What the icons mean</source>
        <translation>Was die Symbole bedeuten</translation>
    </message>
    <message>
        <source>{status}: {meaning}</source>
        <translation>{status}: {meaning}</translation>
    </message>
    <message>
        <source>Warm lead: someone who already knows you</source>
        <translation>Warmer Kontakt: jemand, der Sie bereits kennt</translation>
    </message>
    <message>
        <source>Referred: the people this person referred you to. All below: everyone who came through them. Names in bold match your search.</source>
        <translation>Empfohlen: die Personen, die Ihnen diese Person empfohlen hat. Alle darunter: alle, die über sie zu Ihnen kamen. Fett gedruckte Namen passen zu Ihrer Suche.</translation>
    </message>
</context>
<context>
    <name>TreeMenu</name>
    <message>
        <source>Add a person...</source>
        <translation>Person hinzufügen...</translation>
    </message>
    <message>
        <source>Log meeting...</source>
        <translation>Treffen erfassen...</translation>
    </message>
    <message>
        <source>Compose a message...</source>
        <translation>Nachricht verfassen...</translation>
    </message>
    <message>
        <source>Open in editor...</source>
        <translation>Im Editor öffnen...</translation>
    </message>
    <message>
        <source>Set referrer...</source>
        <translation>Empfehlungsgeber festlegen...</translation>
    </message>
    <message>
        <source>Add a person {name} referred...</source>
        <translation>Von {name} empfohlene Person hinzufügen...</translation>
    </message>
    <message>
        <source>Add a person they referred...</source>
        <translation>Von dieser Person empfohlene Person hinzufügen...</translation>
    </message>
</context>
<context>
    <name>TreeOutput</name>
    <message>
        <source>Save tree as image...</source>
        <translation>Baum als Bild speichern...</translation>
    </message>
    <message>
        <source>Print tree...</source>
        <translation>Baum drucken...</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>{path} konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save the referral tree</source>
        <translation>Empfehlungsbaum speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Saved the tree to {path}</source>
        <translation>Baum in {path} gespeichert</translation>
    </message>
    <message>
        <source>Picture not saved</source>
        <translation>Bild nicht gespeichert</translation>
    </message>
    <message>
        <source>Print the referral tree</source>
        <translation>Empfehlungsbaum drucken</translation>
    </message>
</context>
<context>
    <name>TreePicture</name>
    <message>
        <source>(level {n}) </source>
        <translation>(Ebene {n}) </translation>
    </message>
    <message>
        <source>{referred} referred · {below} below</source>
        <translation>{referred} empfohlen · {below} darunter</translation>
    </message>
</context>
<context>
    <name>WaitingBar</name>
    <message>
        <source>{count} more waiting beyond this week&apos;s capacity (calls and e-mails: {calls}, meetings: {meetings}; Edit &gt; Preferences changes it)</source>
        <translation>{count} weitere warten über die Kapazität dieser Woche hinaus (Anrufe und E-Mails: {calls}, Treffen: {meetings}; änderbar unter Bearbeiten &gt; Einstellungen)</translation>
    </message>
    <message>
        <source>Hide what is waiting</source>
        <translation>Wartende Einträge ausblenden</translation>
    </message>
    <message>
        <source>Show all {count} waiting</source>
        <translation>Alle {count} wartenden Einträge anzeigen</translation>
    </message>
</context>
<context>
    <name>WeekPlan</name>
    <message>
        <source>Ask {name} for an introduction at {company} before applying</source>
        <translation>{name} vor der Bewerbung um eine Empfehlung bei {company} bitten</translation>
    </message>
    <message>
        <source>Ask {name}, who used to work at {company}, for an introduction before applying</source>
        <translation>{name} (früher bei {company}) vor der Bewerbung um eine Empfehlung bitten</translation>
    </message>
    <message>
        <source>Thank-you notes overdue</source>
        <translation>Überfällige Dankschreiben</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Überfällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Thank-you notes due this week</source>
        <translation>Diese Woche fällige Dankschreiben</translation>
    </message>
    <message>
        <source>Follow-ups due this week</source>
        <translation>Diese Woche fällige Wiedervorlagen</translation>
    </message>
    <message>
        <source>Referrals waiting for a first call</source>
        <translation>Empfehlungen, die auf einen ersten Anruf warten</translation>
    </message>
    <message>
        <source>Postings with a deadline</source>
        <translation>Stellenanzeigen mit Frist</translation>
    </message>
    <message>
        <source>Interviews to prepare or follow up</source>
        <translation>Vorstellungsgespräche vorbereiten oder nachfassen</translation>
    </message>
    <message>
        <source>Introductions to ask for before applying</source>
        <translation>Vor der Bewerbung um Empfehlungen bitten</translation>
    </message>
    <message>
        <source>Warm leads to reach out to</source>
        <translation>Warme Kontakte zum Ansprechen</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>Fällig: Kontakt halten</translation>
    </message>
    <message>
        <source>Postings gone quiet</source>
        <translation>Ins Stocken geratene Stellenanzeigen</translation>
    </message>
    <message>
        <source>Meetings booked this week</source>
        <translation>Diese Woche vereinbarte Treffen</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Go to this week</source>
        <translation>Zur aktuellen Woche wechseln</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>The week&apos;s plan could not be read: {error}</source>
        <translation>Der Wochenplan konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Thank-you notes owed</source>
        <translation>Ausstehende Dankschreiben</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Heute · {day}</translation>
    </message>
    <message>
        <source>Referrals not yet contacted</source>
        <translation>Noch nicht kontaktierte Empfehlungen</translation>
    </message>
    <message>
        <source>Warm leads to reach out to</source>
        <translation>Warme Kontakte zum Ansprechen</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>Fällig: Kontakt halten</translation>
    </message>
    <message>
        <source>Give back: they helped you more than once</source>
        <translation>Revanchieren: Diese Personen haben Ihnen mehr als einmal geholfen</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Vorstellungsgespräche</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Bewerbungsfristen</translation>
    </message>
    <message>
        <source>Ask for an introduction before applying</source>
        <translation>Vor der Bewerbung um eine Empfehlung bitten</translation>
    </message>
    <message>
        <source>Gone quiet: no step in two weeks</source>
        <translation>Ins Stocken geraten: seit zwei Wochen kein Schritt</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <source>Nothing planned for this week yet</source>
        <translation>Für diese Woche ist noch nichts geplant</translation>
    </message>
    <message>
        <source>Add the people you already know, or log a meeting: calls, meetings, thank-you notes and follow-ups then appear here.</source>
        <translation>Fügen Sie die Menschen hinzu, die Sie bereits kennen, oder erfassen Sie ein Treffen: Anrufe, Treffen, Dankschreiben und Wiedervorlagen erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Meetings: {meetings} · Follow-ups due: {follow_ups} (overdue: {overdue}) · Thank-you notes owed: {thank_yous} (overdue: {late}) · Referrals to call: {referrals}</source>
        <translation>Treffen: {meetings} · Fällige Wiedervorlagen: {follow_ups} (überfällig: {overdue}) · Ausstehende Dankschreiben: {thank_yous} (überfällig: {late}) · Anzurufende Empfehlungen: {referrals}</translation>
    </message>
    <message>
        <source>Show {count} more…</source>
        <translation>{count} weitere anzeigen…</translation>
    </message>
    <message>
        <source>{count} not shown; the printed sheet lists them all</source>
        <translation>{count} nicht angezeigt; der gedruckte Wochenplan führt alle auf</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Warm lead; last contact: {last}</source>
        <translation>Warmer Kontakt; letzter Kontakt: {last}</translation>
    </message>
    <message>
        <source>Thank-you note to {name}</source>
        <translation>Dankschreiben an {name}</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>Interview for {title} at {company}</source>
        <translation>Vorstellungsgespräch für {title} bei {company}</translation>
    </message>
    <message>
        <source>for the meeting of {day}</source>
        <translation>für das Treffen am {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig am {day}</translation>
    </message>
    <message>
        <source>Tick when the note is sent</source>
        <translation>Abhaken, wenn das Schreiben verschickt ist</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Bei {name} nachfassen</translation>
    </message>
    <message>
        <source>they will call ahead</source>
        <translation>kündigt Sie vorab an</translation>
    </message>
    <message>
        <source>Tick when you have called or written</source>
        <translation>Abhaken, wenn Sie angerufen oder geschrieben haben</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message>
        <source>last in touch {day}</source>
        <translation>zuletzt in Kontakt am {day}</translation>
    </message>
    <message>
        <source>not in touch since added</source>
        <translation>seit dem Anlegen kein Kontakt</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}</source>
        <translation>Kontakt halten: {rhythm}</translation>
    </message>
    <message>
        <source>last helped {day}</source>
        <translation>zuletzt geholfen am {day}</translation>
    </message>
    <message>
        <source>Offer something back: what they need is on their card</source>
        <translation>Bieten Sie etwas an: Was die Person braucht, steht auf ihrer Karte</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} bei {company}</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>nicht vereinbart</translation>
    </message>
    <message>
        <source>Interviewing: no interview booked this week</source>
        <translation>Im Auswahlverfahren: diese Woche kein Vorstellungsgespräch vereinbart</translation>
    </message>
    <message>
        <source>Interview with {name}</source>
        <translation>Vorstellungsgespräch mit {name}</translation>
    </message>
    <message>
        <source>last step {day}</source>
        <translation>letzter Schritt am {day}</translation>
    </message>
    <message>
        <source>no step yet</source>
        <translation>noch kein Schritt</translation>
    </message>
    <message>
        <source>{stage}: follow up, or close it</source>
        <translation>{stage}: nachfassen oder abschließen</translation>
    </message>
    <message>
        <source>deadline passed {day}</source>
        <translation>Frist abgelaufen am {day}</translation>
    </message>
    <message>
        <source>apply by {day}</source>
        <translation>bewerben bis {day}</translation>
    </message>
    <message>
        <source>{stage}: apply now, or let it go</source>
        <translation>{stage}: jetzt bewerben oder darauf verzichten</translation>
    </message>
    <message>
        <source>{stage}: apply before the deadline</source>
        <translation>{stage}: vor Ablauf der Frist bewerben</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open it</source>
        <translation>Eingabetaste drücken oder doppelklicken, um sie zu öffnen</translation>
    </message>
    <message>
        <source>Tick off {item}</source>
        <translation>{item} abhaken</translation>
    </message>
    <message>
        <source>Untick {item}</source>
        <translation>Haken bei {item} entfernen</translation>
    </message>
    <message>
        <source>That was not ticked off.</source>
        <translation>Das wurde nicht abgehakt.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Telefon oder E-Mail</translation>
    </message>
    <message>
        <source>Job postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>Zu verschicken</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Who to call next</source>
        <translation>Wen Sie als Nächstes anrufen</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Week {number}</source>
        <translation>Kalenderwoche {number}</translation>
    </message>
    <message>
        <source>{first} – {last} · week {number}</source>
        <translation>{first} – {last} · KW {number}</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show more</source>
        <translation>Eingabetaste drücken oder doppelklicken, um weitere anzuzeigen</translation>
    </message>
    <message>
        <source>That was not unticked.</source>
        <translation>Der Haken wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo ticking off {item}</source>
        <translation>Abhaken von {item} rückgängig machen</translation>
    </message>
    <message>
        <source>Compose a message...</source>
        <translation>Nachricht verfassen...</translation>
    </message>
    <message>
        <source>{count} not listed yet</source>
        <translation>{count} noch nicht aufgeführt</translation>
    </message>
</context>
<context>
    <name>WeeklySheet</name>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <source>No phone or e-mail on file: look them up before calling</source>
        <translation>Keine Telefonnummer oder E-Mail hinterlegt: vor dem Anruf heraussuchen</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Neue Empfehlung</translation>
    </message>
    <message>
        <source>Was due {day}</source>
        <translation>War fällig am {day}</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Fällig am {day}</translation>
    </message>
    <message>
        <source>Follow up, was due {day}</source>
        <translation>Nachfassen, war fällig am {day}</translation>
    </message>
    <message>
        <source>Follow up {day}</source>
        <translation>Nachfassen am {day}</translation>
    </message>
    <message>
        <source>Referred by {name}, who will call ahead</source>
        <translation>Empfohlen von {name} (kündigt Sie vorab an)</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Empfohlen von {name}</translation>
    </message>
    <message>
        <source>they will call ahead</source>
        <translation>kündigt Sie vorab an</translation>
    </message>
    <message>
        <source>Why meet: {reason}</source>
        <translation>Grund für das Treffen: {reason}</translation>
    </message>
    <message>
        <source>{kind} meeting</source>
        <translation>Treffen ({kind})</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time boundary: {minutes} minutes, finish by {end}</source>
        <translation>Zeitrahmen: {minutes} Minuten, Ende spätestens {end}</translation>
    </message>
    <message>
        <source>Ask for two names:</source>
        <translation>Nach zwei Namen fragen:</translation>
    </message>
    <message>
        <source>Met {day}</source>
        <translation>Getroffen am {day}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-Mail: {email}</translation>
    </message>
    <message>
        <source>Post: {address}</source>
        <translation>Postanschrift: {address}</translation>
    </message>
    <message>
        <source>No address on file: ask for a card or look it up</source>
        <translation>Keine Anschrift hinterlegt: nach einer Visitenkarte fragen oder nachschlagen</translation>
    </message>
    <message>
        <source>Last in touch {day}</source>
        <translation>Zuletzt in Kontakt am {day}</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Noch nicht kontaktiert</translation>
    </message>
    <message>
        <source>Not booked yet</source>
        <translation>Noch nicht vereinbart</translation>
    </message>
    <message>
        <source>Last step {day}</source>
        <translation>Letzter Schritt am {day}</translation>
    </message>
    <message>
        <source>Deadline passed {day}</source>
        <translation>Frist abgelaufen am {day}</translation>
    </message>
    <message>
        <source>Apply by {day}</source>
        <translation>Bewerben bis {day}</translation>
    </message>
    <message>
        <source>Interviewing: book the next interview or follow up</source>
        <translation>Im Auswahlverfahren: nächstes Vorstellungsgespräch vereinbaren oder nachfassen</translation>
    </message>
    <message>
        <source>Interview with {name}: prepare, and send a thank-you</source>
        <translation>Vorstellungsgespräch mit {name}: vorbereiten und danach ein Dankschreiben schicken</translation>
    </message>
    <message>
        <source>{stage}, and quiet since: follow up, or close it</source>
        <translation>{stage}, seitdem Funkstille: nachfassen oder abschließen</translation>
    </message>
    <message>
        <source>{stage}: apply, or let it go</source>
        <translation>{stage}: bewerben oder darauf verzichten</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Vorstellungsgespräche</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Bewerbungsfristen</translation>
    </message>
    <message>
        <source>Ask for an introduction before applying</source>
        <translation>Vor der Bewerbung um eine Empfehlung bitten</translation>
    </message>
    <message>
        <source>Gone quiet: no step in two weeks</source>
        <translation>Ins Stocken geraten: seit zwei Wochen kein Schritt</translation>
    </message>
    <message>
        <source>no meetings held</source>
        <translation>keine Treffen abgehalten</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>Ziel erreicht</translation>
    </message>
    <message>
        <source>below the goal</source>
        <translation>unter dem Ziel</translation>
    </message>
    <message>
        <source>{value} ({verdict})</source>
        <translation>{value} ({verdict})</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} von {whole}</translation>
    </message>
    <message>
        <source>Contacts added</source>
        <translation>Neue Kontakte</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Erreichte Personen</translation>
    </message>
    <message>
        <source>Referrals per meeting (goal {goal})</source>
        <translation>Empfehlungen pro Treffen (Ziel {goal})</translation>
    </message>
    <message>
        <source>Introductions obtained</source>
        <translation>Empfehlungen an Arbeitgeber</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Applications with an introduction</source>
        <translation>Bewerbungen mit Empfehlung</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Vorwoche</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Gesamte Kampagne</translation>
    </message>
    <message>
        <source>Meetings held, last {n} weeks: {last}</source>
        <translation>Abgehaltene Treffen, letzte {n} Wochen: {last}</translation>
    </message>
    <message>
        <source>Names per meeting, last {n} weeks (goal {goal}): {last}</source>
        <translation>Namen pro Treffen, letzte {n} Wochen (Ziel {goal}): {last}</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>keine fällig</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Abgehaltene Treffen</translation>
    </message>
    <message>
        <source>Referrals obtained</source>
        <translation>Erhaltene Empfehlungen</translation>
    </message>
    <message>
        <source>Thank-you notes sent on time</source>
        <translation>Pünktlich verschickte Dankschreiben</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Calls and e-mails to make</source>
        <translation>Anstehende Anrufe und E-Mails</translation>
    </message>
    <message>
        <source>No calls or e-mails due this week.</source>
        <translation>Diese Woche sind keine Anrufe oder E-Mails fällig.</translation>
    </message>
    <message>
        <source>Meetings this week</source>
        <translation>Treffen in dieser Woche</translation>
    </message>
    <message>
        <source>No meetings booked yet: the calls above are how you get them.</source>
        <translation>Noch keine Treffen vereinbart: Mit den Anrufen oben kommen Sie dazu.</translation>
    </message>
    <message>
        <source>Thank-you notes owed</source>
        <translation>Ausstehende Dankschreiben</translation>
    </message>
    <message>
        <source>No thank-you notes due this week.</source>
        <translation>Diese Woche sind keine Dankschreiben fällig.</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>Fällig: Kontakt halten</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Revanchieren</translation>
    </message>
    <message>
        <source>Last week in numbers ({week})</source>
        <translation>Die Vorwoche in Zahlen ({week})</translation>
    </message>
    <message>
        <source>Weekly outreach sheet {week}</source>
        <translation>Wochenplan {week}</translation>
    </message>
    <message>
        <source>Calls and e-mails</source>
        <translation>Anrufe und E-Mails</translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation>Dankschreiben</translation>
    </message>
    <message>
        <source>Overdue from earlier weeks</source>
        <translation>Überfällig aus früheren Wochen</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nichts überfällig.</translation>
    </message>
    <message>
        <source>and {count} more not printed</source>
        <translation>und {count} weitere, nicht gedruckt</translation>
    </message>
    <message>
        <source>Job postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Nothing is planned for this week yet.</source>
        <translation>Für diese Woche ist noch nichts geplant.</translation>
    </message>
    <message>
        <source>A good week starts here: call or e-mail the people below, people you already know and have not spoken to for a while. Ask each for fifteen minutes of advice, and at the end of every meeting ask for two names.</source>
        <translation>Eine gute Woche beginnt hier: Rufen Sie die unten genannten Personen an oder schreiben Sie ihnen eine E-Mail – Menschen, die Sie bereits kennen und mit denen Sie eine Weile nicht gesprochen haben. Bitten Sie jede um fünfzehn Minuten Rat, und fragen Sie am Ende jedes Treffens nach zwei Namen.</translation>
    </message>
    <message>
        <source>Who to reach out to next</source>
        <translation>Wen Sie als Nächstes ansprechen</translation>
    </message>
    <message>
        <source>Start with the people you already know: family, friends, neighbours, former co-workers, classmates. Add them to NetDesk as warm leads and they will be listed here.</source>
        <translation>Beginnen Sie mit den Menschen, die Sie bereits kennen: Familie, Freunde, Nachbarn, ehemalige Kollegen, Mitschüler. Tragen Sie sie in NetDesk als warme Kontakte ein, dann werden sie hier aufgeführt.</translation>
    </message>
    <message>
        <source>Weekly outreach sheet</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Week {number}, {year}</source>
        <translation>KW {number}/{year}</translation>
    </message>
    <message>
        <source>NetDesk  ·  printed {day}</source>
        <translation>NetDesk  ·  gedruckt am {day}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Seite {page} von {total}</translation>
    </message>
    <message>
        <source>Cannot start printing (is the printer or file available?)</source>
        <translation>Der Druck kann nicht gestartet werden (sind Drucker bzw. Datei verfügbar?)</translation>
    </message>
    <message>
        <source>Cannot start a new page</source>
        <translation>Es kann keine neue Seite begonnen werden</translation>
    </message>
    <message>
        <source>And {count} more waiting</source>
        <translation>Und {count} weitere warten</translation>
    </message>
    <message>
        <source>This week holds your weekly capacity ({calls} calls and e-mails, {meetings} meetings), the most pressing first. Waiting beyond it:</source>
        <translation>Diese Woche enthält Ihre wöchentliche Kapazität ({calls} Anrufe und E-Mails, {meetings} Treffen), das Dringendste zuerst. Darüber hinaus warten:</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <source>The first {printed} are printed below; NetDesk lists them all under This week (Show all waiting).</source>
        <translation>Die ersten {printed} sind unten gedruckt; NetDesk führt alle unter „Diese Woche“ auf („Alle wartenden Einträge anzeigen“).</translation>
    </message>
    <message>
        <source>NetDesk lists them all under This week (Show all waiting).</source>
        <translation>NetDesk führt alle unter „Diese Woche“ auf („Alle wartenden Einträge anzeigen“).</translation>
    </message>
    <message>
        <source>last in touch {day}</source>
        <translation>zuletzt in Kontakt am {day}</translation>
    </message>
    <message>
        <source>not in touch since added</source>
        <translation>seit dem Anlegen kein Kontakt</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}</source>
        <translation>Kontakt halten: {rhythm}</translation>
    </message>
</context>
<context>
    <name>WeeklySheetDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Print Weekly Sheet</source>
        <translation>Wochenplan drucken</translation>
    </message>
    <message>
        <source>Weekly sheet</source>
        <translation>Wochenplan</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Woche:</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <source>&apos;Week of&apos; d MMM yyyy</source>
        <translation>&apos;Woche vom&apos; d. MMM yyyy</translation>
    </message>
    <message>
        <source>Pick any day of the week to print</source>
        <translation>Wählen Sie einen beliebigen Tag der Woche, die gedruckt werden soll</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Also print what is &amp;waiting</source>
        <translation>Auch &amp;Wartendes drucken</translation>
    </message>
    <message>
        <source>After the week&apos;s plan, the first {count} items beyond your weekly capacity (the sheet always says how many wait)</source>
        <translation>Nach dem Wochenplan die ersten {count} Einträge über Ihre wöchentliche Kapazität hinaus (der Wochenplan nennt immer, wie viele warten)</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Als PDF speichern...</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>The tools that do not fit in the toolbar</source>
        <translation>Die Werkzeuge, die nicht in die Symbolleiste passen</translation>
    </message>
    <message>
        <source>Sheet preview</source>
        <translation>Vorschau des Wochenplans</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>{iso}: {start} – {end}</source>
        <translation>{iso}: {start} – {end}</translation>
    </message>
    <message>
        <source>(preparing...)</source>
        <translation>(wird vorbereitet...)</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(fehlgeschlagen)</translation>
    </message>
    <message>
        <source>The sheet could not be prepared: {error}</source>
        <translation>Der Wochenplan konnte nicht vorbereitet werden: {error}</translation>
    </message>
    <message>
        <source>({count} items, {waiting} more waiting)</source>
        <translation>({count} Einträge, {waiting} weitere warten)</translation>
    </message>
    <message>
        <source>({count} items)</source>
        <translation>({count} Einträge)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(noch nichts)</translation>
    </message>
    <message>
        <source>Weekly outreach sheet {week}</source>
        <translation>Wochenplan {week}</translation>
    </message>
    <message>
        <source>Preparing the sheet for {week}...</source>
        <translation>Wochenplan für {week} wird vorbereitet...</translation>
    </message>
    <message>
        <source>Save Weekly Sheet as PDF</source>
        <translation>Wochenplan als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden: {error}</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Another NetDesk window or command is writing; waiting…</source>
        <translation>Ein anderes NetDesk-Fenster oder ein Befehl schreibt gerade; bitte warten…</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>Die Datenbank ist belegt</translation>
    </message>
    <message>
        <source>Another NetDesk window or command has been writing to this database for {seconds} seconds and is not done yet. Nothing has been changed.</source>
        <translation>Ein anderes NetDesk-Fenster oder ein Befehl schreibt seit {seconds} Sekunden in diese Datenbank und ist noch nicht fertig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Retry to wait for it again, or Cancel to leave everything as it is.</source>
        <translation>Wählen Sie „Wiederholen“, um erneut zu warten, oder „Abbrechen“, um alles so zu lassen, wie es ist.</translation>
    </message>
    <message>
        <source>That could not be undone.</source>
        <translation>Das konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>That could not be redone.</source>
        <translation>Das konnte nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>_ClosedStage</name>
    <message>
        <source>{stage}: {n}</source>
        <translation>{stage}: {n}</translation>
    </message>
</context>
<context>
    <name>_FirstSyncAsk</name>
    <message>
        <source>The window was closed before the first sync.</source>
        <translation>Das Fenster wurde vor der ersten Synchronisierung geschlossen.</translation>
    </message>
    <message>
        <source>The first sync with {server} was cancelled: nothing was changed.</source>
        <translation>Die erste Synchronisierung mit {server} wurde abgebrochen: Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>NetDesk is not responding</source>
        <translation>NetDesk reagiert nicht</translation>
    </message>
    <message>
        <source>NetDesk is already open with {path} but does not answer. Wait a moment and try again, or close that window first.</source>
        <translation>NetDesk ist bereits mit {path} geöffnet, antwortet aber nicht. Warten Sie einen Moment und versuchen Sie es erneut, oder schließen Sie zuerst das andere Fenster.</translation>
    </message>
    <message>
        <source>NetDesk needs a graphical desktop: no DISPLAY or WAYLAND_DISPLAY is set. The command line works without one: netdesk-cli --help</source>
        <translation>NetDesk benötigt eine grafische Arbeitsumgebung: Weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt. Die Befehlszeile funktioniert auch ohne: netdesk-cli --help</translation>
    </message>
</context>
<context>
    <name>ask_database_path</name>
    <message>
        <source>Open a NetDesk database</source>
        <translation>NetDesk-Datenbank öffnen</translation>
    </message>
    <message>
        <source>NetDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>NetDesk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo network ({name})</source>
        <translation>Demo-Netzwerk ({name})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A problem with the database file</source>
        <translation>Ein Problem mit der Datenbankdatei</translation>
    </message>
    <message>
        <source>NetDesk ran into a problem</source>
        <translation>In NetDesk ist ein Problem aufgetreten</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgelaufen: {error}</translation>
    </message>
    <message>
        <source>Your data is safe: every change already saved stays saved.</source>
        <translation>Ihre Daten sind sicher: Jede bereits gespeicherte Änderung bleibt gespeichert.</translation>
    </message>
    <message>
        <source>The details are written to {path}.</source>
        <translation>Die Einzelheiten stehen in {path}.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>NetDesk cannot open the database</source>
        <translation>NetDesk kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>{path} is the database you used last, and it is not there: it was moved, renamed or deleted, or it is on a drive that is not connected.</source>
        <translation>{path} ist die zuletzt verwendete Datenbank, und sie ist nicht vorhanden: Sie wurde verschoben, umbenannt oder gelöscht, oder sie liegt auf einem Laufwerk, das nicht angeschlossen ist.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Add {name}</source>
        <translation>{name} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>{name} löschen</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>{name} verschieben</translation>
    </message>
    <message>
        <source>Settle the sync conflict of {field}</source>
        <translation>Synchronisierungskonflikt bei {field} lösen</translation>
    </message>
    <message>
        <source>Use the server&apos;s {field} for {name}</source>
        <translation>{field} des Servers für {name} übernehmen</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s {field} for {name}</source>
        <translation>{field} dieses Computers für {name} behalten</translation>
    </message>
</context>
</TS>
