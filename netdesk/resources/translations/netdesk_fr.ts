<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Sync accounts</source>
        <translation>Comptes de synchronisation</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Carnet d&apos;adresses et calendrier</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>No account yet: add one to have your network on your phone and laptop too.</source>
        <translation>Aucun compte pour l&apos;instant&#xa0;: ajoutez-en un pour avoir aussi votre réseau sur votre téléphone et votre ordinateur portable.</translation>
    </message>
    <message>
        <source>&amp;Add account...</source>
        <translation>&amp;Ajouter un compte...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate...</source>
        <translation>Faire confiance au &amp;nouveau certificat...</translation>
    </message>
    <message>
        <source>When a server with a certificate of its own renewed it: see the new one&apos;s fingerprint and trust it</source>
        <translation>Quand un serveur avec son propre certificat l&apos;a renouvelé : voir l&apos;empreinte du nouveau et lui faire confiance</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Synchroniser &amp;toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minutes entre deux synchronisations</translation>
    </message>
    <message>
        <source>while NetDesk is open</source>
        <translation>tant que NetDesk est ouvert</translation>
    </message>
    <message>
        <source>Sync &amp;when NetDesk starts</source>
        <translation>Synchroniser au &amp;démarrage de NetDesk</translation>
    </message>
    <message>
        <source>{book} (contacts), {calendar} (calendar)</source>
        <translation>{book} (contacts), {calendar} (calendrier)</translation>
    </message>
    <message>
        <source>{book} (contacts)</source>
        <translation>{book} (contacts)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>{when}: failed</source>
        <translation>{when}&#xa0;: échec</translation>
    </message>
    <message>
        <source>Asking {url} for its certificate...</source>
        <translation>Demande de son certificat à {url}...</translation>
    </message>
    <message>
        <source>NetDesk could not check the server&apos;s certificate: {error}</source>
        <translation>NetDesk n&apos;a pas pu vérifier le certificat du serveur : {error}</translation>
    </message>
    <message>
        <source>{url} still presents the certificate NetDesk trusts.</source>
        <translation>{url} présente toujours le certificat auquel NetDesk fait confiance.</translation>
    </message>
    <message>
        <source>Trust new certificate</source>
        <translation>Faire confiance au nouveau certificat</translation>
    </message>
    <message>
        <source>{url} presents another certificate than the one NetDesk trusts.</source>
        <translation>{url} présente un autre certificat que celui auquel NetDesk fait confiance.</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Faire confiance au nouveau certificat</translation>
    </message>
    <message>
        <source>Keep the old one</source>
        <translation>Garder l&apos;ancien</translation>
    </message>
    <message>
        <source>Trust it only if its SHA-256 fingerprint is the one your server shows (for example in its administration page), or someone may be listening in.

New: {seen}
Trusted until now: {trusted}</source>
        <translation>Ne lui faites confiance que si son empreinte SHA-256 est celle qu&apos;affiche votre serveur (par exemple sur sa page d&apos;administration), sinon quelqu&apos;un pourrait écouter.

Nouveau : {seen}
Approuvé jusqu&apos;ici : {trusted}</translation>
    </message>
    <message>
        <source>The new certificate was not trusted.</source>
        <translation>Le nouveau certificat n&apos;a pas été approuvé.</translation>
    </message>
    <message>
        <source>The new certificate is trusted; syncing again.</source>
        <translation>Le nouveau certificat est approuvé ; nouvelle synchronisation.</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Stop syncing with {url}?</source>
        <translation>Arrêter la synchronisation avec {url}&#xa0;?</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conserver le compte</translation>
    </message>
    <message>
        <source>The contacts stay here and on the server; NetDesk forgets the account and its password.</source>
        <translation>Les contacts restent ici et sur le serveur&#xa0;; NetDesk oublie le compte et son mot de passe.</translation>
    </message>
    <message>
        <source>The account was not removed.</source>
        <translation>Le compte n&apos;a pas été retiré.</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importer comme nouveau</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a sync account</source>
        <translation>Ajouter un compte de synchronisation</translation>
    </message>
    <message>
        <source>Your contacts, follow-ups and meetings sync with a CardDAV and CalDAV server (Nextcloud, Baikal, Radicale, Fastmail, iCloud...), so your phone has them too. Give the server&apos;s address, or the address of one address book.</source>
        <translation>Vos contacts, relances et rencontres se synchronisent avec un serveur CardDAV et CalDAV (Nextcloud, Baikal, Radicale, Fastmail, iCloud...), pour que votre téléphone les ait aussi. Indiquez l&apos;adresse du serveur, ou celle d&apos;un carnet d&apos;adresses.</translation>
    </message>
    <message>
        <source>https://dav.example.com</source>
        <translation>https://dav.example.com</translation>
    </message>
    <message>
        <source>The server asks for &amp;no password</source>
        <translation>Le serveur ne &amp;demande aucun mot de passe</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in NetDesk&apos;s files.</source>
        <translation>Conservé dans le trousseau du système, jamais dans les fichiers de NetDesk.</translation>
    </message>
    <message>
        <source>Use an unencrypted c&amp;onnection (contacts and password cross the network readable by anyone on the way)</source>
        <translation>&amp;Utiliser une connexion non chiffrée (les contacts et le mot de passe traversent le réseau en clair, lisibles par quiconque sur le trajet)</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>&amp;Faire confiance à ce certificat pour ce serveur</translation>
    </message>
    <message>
        <source>Address &amp;book:</source>
        <translation>&amp;Carnet d&apos;adresses&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Ca&amp;lendrier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Find address books</source>
        <translation>&amp;Rechercher les carnets d&apos;adresses</translation>
    </message>
    <message>
        <source>Add &amp;account</source>
        <translation>A&amp;jouter le compte</translation>
    </message>
    <message>
        <source>Give the server&apos;s address first.</source>
        <translation>Indiquez d&apos;abord l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>Give the password, or tick that the server asks for none.</source>
        <translation>Indiquez le mot de passe, ou cochez que le serveur n&apos;en demande pas.</translation>
    </message>
    <message>
        <source>Looking for address books and calendars on {host}...</source>
        <translation>Recherche des carnets d&apos;adresses et des calendriers sur {host}...</translation>
    </message>
    <message>
        <source>The server has no address book NetDesk can use or make.</source>
        <translation>Le serveur n&apos;a aucun carnet d&apos;adresses que NetDesk puisse utiliser ou créer.</translation>
    </message>
    <message>
        <source>New address book &quot;NetDesk&quot;</source>
        <translation>Nouveau carnet d&apos;adresses «&#xa0;NetDesk&#xa0;»</translation>
    </message>
    <message>
        <source>New calendar &quot;NetDesk&quot;</source>
        <translation>Nouveau calendrier «&#xa0;NetDesk&#xa0;»</translation>
    </message>
    <message>
        <source>No calendar (contacts only)</source>
        <translation>Aucun calendrier (contacts seulement)</translation>
    </message>
    <message>
        <source>Adding the account...</source>
        <translation>Ajout du compte...</translation>
    </message>
    <message>
        <source>The server now shows another certificate than the one you trusted. If this is your own server and you renewed its certificate, compare the new SHA-256 fingerprint with the one below before you trust it:
{fingerprint}</source>
        <translation>Le serveur présente maintenant un autre certificat que celui auquel vous avez fait confiance. S&apos;il s&apos;agit de votre propre serveur et que vous avez renouvelé son certificat, comparez la nouvelle empreinte SHA-256 avec celle ci-dessous avant de lui faire confiance&#xa0;:
{fingerprint}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by an authority this computer trusts. If this is your own server, compare its SHA-256 fingerprint with the one below before you trust it:
{fingerprint}</source>
        <translation>Le certificat du serveur n&apos;est pas signé par une autorité de certification à laquelle cet ordinateur fait confiance. S&apos;il s&apos;agit de votre propre serveur, comparez son empreinte SHA-256 avec celle ci-dessous avant de lui faire confiance&#xa0;:
{fingerprint}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Une erreur s&apos;est produite.</translation>
    </message>
</context>
<context>
    <name>AddressRows</name>
    <message>
        <source>Add address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <source>Label (home, work)</source>
        <translation>Libellé (domicile, travail)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Retirer cette adresse</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Who I am, in two sentences</source>
        <translation>Qui je suis, en deux phrases</translation>
    </message>
    <message>
        <source>What I am exploring</source>
        <translation>Ce que j&apos;explore</translation>
    </message>
    <message>
        <source>My questions:</source>
        <translation>Mes questions&#xa0;:</translation>
    </message>
    <message>
        <source>Ask for two names I should talk to</source>
        <translation>Demander deux noms de personnes à qui parler</translation>
    </message>
    <message>
        <source>Ask whether they will call ahead to introduce me</source>
        <translation>Demander si cette personne appellera d&apos;abord pour me présenter</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Names of {company}</source>
        <translation>Noms de {company}</translation>
    </message>
    <message>
        <source>A posting, a card or an import that names the company by any of these finds {company}.</source>
        <translation>Une offre d&apos;emploi, une fiche ou un import qui désigne l&apos;entreprise par l&apos;un de ces noms renvoie à {company}.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Another name, such as Globex Corp.</source>
        <translation>Un autre nom, par ex. Globex Corp.</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add the name {name}</source>
        <translation>l&apos;ajout du nom {name}</translation>
    </message>
    <message>
        <source>{company} is also known as {name}.</source>
        <translation>{company} est aussi appelée {name}.</translation>
    </message>
    <message>
        <source>The name was not added.</source>
        <translation>Le nom n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>Remove the name {name}</source>
        <translation>le retrait du nom {name}</translation>
    </message>
    <message>
        <source>{name} is no longer a name of {company}.</source>
        <translation>{name} n&apos;est plus un nom de {company}.</translation>
    </message>
    <message>
        <source>The name was not removed.</source>
        <translation>Le nom n&apos;a pas été retiré.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be written to {path}: {error}</source>
        <translation>Impossible d&apos;écrire le calendrier dans {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Exported {meetings} and {tasks} to {name}</source>
        <translation>Exporté vers {name}&#xa0;: {meetings} et {tasks}</translation>
    </message>
</context>
<context>
    <name>CampaignStrip</name>
    <message>
        <source>Contacts added</source>
        <translation>Contacts ajoutés</translation>
    </message>
    <message>
        <source>People added to your network (new contacts)</source>
        <translation>Personnes ajoutées à votre réseau (nouveaux contacts)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Personnes jointes</translation>
    </message>
    <message>
        <source>People you called, e-mailed, wrote to, messaged or met, each once (a note is not reaching someone)</source>
        <translation>Personnes que vous avez appelées, contactées par courriel, par lettre ou par message, ou rencontrées, chacune comptée une fois (une note ne compte pas)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rencontres</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rencontres tenues</translation>
    </message>
    <message>
        <source>Names per meeting</source>
        <translation>Noms par rencontre</translation>
    </message>
    <message>
        <source>Referrals obtained per meeting held, against the goal of two names from every meeting</source>
        <translation>Recommandations obtenues par rencontre tenue, par rapport à l&apos;objectif de deux noms par rencontre</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Présentations</translation>
    </message>
    <message>
        <source>Postings that moved to Introduced: someone introduced or referred you to the employer</source>
        <translation>Offres d&apos;emploi passées à l&apos;étape «&#xa0;Recommandation obtenue&#xa0;»&#xa0;: quelqu&apos;un vous a présenté ou recommandé à l&apos;employeur</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Postings you applied for (moved to Applied, or straight to a later stage)</source>
        <translation>Offres d&apos;emploi auxquelles vous avez postulé (passées à l&apos;étape «&#xa0;Candidature envoyée&#xa0;» ou directement à une étape ultérieure)</translation>
    </message>
    <message>
        <source>Introduced applications</source>
        <translation>Candidatures recommandées</translation>
    </message>
    <message>
        <source>Of the applications, those that came with an introduction or a referral, against those without</source>
        <translation>Parmi les candidatures, celles qui ont bénéficié d&apos;une présentation ou d&apos;une recommandation, par rapport à l&apos;ensemble</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Postings that reached interviews</source>
        <translation>Offres d&apos;emploi qui ont débouché sur des entretiens</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres reçues</translation>
    </message>
    <message>
        <source>Postings that led to an offer</source>
        <translation>Offres d&apos;emploi qui ont abouti à une offre d&apos;embauche</translation>
    </message>
    <message>
        <source>Thank-you notes on time</source>
        <translation>Remerciements à temps</translation>
    </message>
    <message>
        <source>Of the meetings held, those whose thank-you note was sent by the day it was due</source>
        <translation>Parmi les rencontres tenues, celles dont le mot de remerciement a été envoyé au plus tard le jour prévu</translation>
    </message>
    <message>
        <source>The week before ({first} – {last}) in numbers; the whole campaign&apos;s beneath</source>
        <translation>La semaine précédente ({first} – {last}) en chiffres&#xa0;; ceux de toute la campagne en dessous</translation>
    </message>
    <message>
        <source>{part} of {whole} in all</source>
        <translation>{part} sur {whole} au total</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>aucun prévu</translation>
    </message>
    <message>
        <source>{count} in all</source>
        <translation>{count} au total</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} sur {whole}</translation>
    </message>
    <message>
        <source>– (goal {goal})</source>
        <translation>– (objectif {goal})</translation>
    </message>
    <message>
        <source>{value} (goal {goal})</source>
        <translation>{value} (objectif {goal})</translation>
    </message>
    <message>
        <source>no meetings yet</source>
        <translation>aucune rencontre pour l&apos;instant</translation>
    </message>
    <message>
        <source>{value} in all</source>
        <translation>{value} au total</translation>
    </message>
</context>
<context>
    <name>CapacitySection</name>
    <message>
        <source>Weekly plan</source>
        <translation>Programme de la semaine</translation>
    </message>
    <message>
        <source>Calls and e-mails per week</source>
        <translation>Appels et courriels par semaine</translation>
    </message>
    <message>
        <source>Meetings per week</source>
        <translation>Rencontres par semaine</translation>
    </message>
    <message>
        <source>&amp;Calls and e-mails per week:</source>
        <translation>&amp;Appels et courriels par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meetings per week:</source>
        <translation>&amp;Rencontres par semaine&#xa0;:</translation>
    </message>
    <message>
        <source>This week and the printed sheet hold this many, the most pressing first (overdue thank-you notes and follow-ups, then referrals waiting longest); the rest is counted and waits. Kept with this network.</source>
        <translation>Cette semaine et la feuille imprimée en retiennent autant, les plus urgents d&apos;abord (mots de remerciement et relances en retard, puis les personnes recommandées qui attendent depuis le plus longtemps)&#xa0;; le reste est compté et attend. Enregistré avec ce réseau.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>Il y a %Ln jour</numerusform>
            <numerusform>Il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline passed {day}</source>
        <translation>Date limite dépassée ({day})</translation>
    </message>
    <message>
        <source>Deadline today</source>
        <translation>Date limite aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Deadline {day}</source>
        <translation>Date limite&#xa0;: {day}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people linked</source>
        <translation>
            <numerusform>%Ln personne associée</numerusform>
            <numerusform>%Ln personnes associées</numerusform>
        </translation>
    </message>
    <message>
        <source>Last step {day}</source>
        <translation>Dernière avancée le {day}</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Pas de date limite</translation>
    </message>
</context>
<context>
    <name>CardEdits</name>
    <message>
        <source>What to do next, e.g. call about the team</source>
        <translation>Ce qu&apos;il faut faire ensuite, par ex. appeler au sujet de l&apos;équipe</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Saved when you press Enter or leave the field; empty removes the step</source>
        <translation>Enregistrée quand vous appuyez sur Entrée ou quittez le champ&#xa0;; un champ vide supprime l&apos;étape</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Échéance de la prochaine étape</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Next step done</source>
        <translation>Prochaine étape faite</translation>
    </message>
    <message>
        <source>Ticks the step off and counts the contact as contacted</source>
        <translation>Coche l&apos;étape et compte le contact comme contacté</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Whether this contact has a day to follow up on</source>
        <translation>Indique si une date de relance est prévue pour ce contact</translation>
    </message>
    <message>
        <source>Follow-up day</source>
        <translation>Date de relance</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <source>Anything worth remembering about them</source>
        <translation>Tout ce qui mérite d&apos;être retenu sur cette personne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Saved when you leave the field</source>
        <translation>Enregistrées quand vous quittez le champ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Set next step for {name}</source>
        <translation>la définition de la prochaine étape de {name}</translation>
    </message>
    <message>
        <source>Clear next step of {name}</source>
        <translation>l&apos;effacement de la prochaine étape de {name}</translation>
    </message>
    <message>
        <source>Done: {step}</source>
        <translation>le cochage de l&apos;étape «&#xa0;{step}&#xa0;»</translation>
    </message>
    <message>
        <source>The change to the contact was not saved.</source>
        <translation>La modification du contact n&apos;a pas été enregistrée.</translation>
    </message>
</context>
<context>
    <name>CardKeepInTouch</name>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Name waiting for a call</source>
        <translation>Nom en attente d&apos;un appel</translation>
    </message>
    <message>
        <source>Good at: {text}</source>
        <translation>Points forts&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Needs: {text}</source>
        <translation>Besoins&#xa0;: {text}</translation>
    </message>
    <message>
        <source>No rhythm: never due to keep in touch</source>
        <translation>Aucun rythme&#xa0;: jamais à recontacter pour garder le contact</translation>
    </message>
    <message>
        <source>Keep in touch {every} ({source})</source>
        <translation>Garder le contact {every} ({source})</translation>
    </message>
    <message>
        <source>Keep in touch {every} (set for this person)</source>
        <translation>Garder le contact {every} (réglé pour cette personne)</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard d&apos;un jour</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>En retard de {count} jours</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>À recontacter aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Due on {day}</source>
        <translation>À recontacter le {day}</translation>
    </message>
    <message>
        <source>the default for the tag &quot;{name}&quot;</source>
        <translation>par défaut pour l&apos;étiquette «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>the default for warm leads</source>
        <translation>par défaut pour les contacts chauds</translation>
    </message>
    <message>
        <source>the default for cold leads</source>
        <translation>par défaut pour les contacts froids</translation>
    </message>
    <message>
        <source>the default for {name}</source>
        <translation>par défaut pour «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Drag a card here</source>
        <translation>Faites glisser une carte ici</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>{title} at {company}, {stage}</source>
        <translation>{title} chez {company}, {stage}</translation>
    </message>
</context>
<context>
    <name>CardPostings</name>
    <message>
        <source>Postings</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} chez {company}</translation>
    </message>
    <message>
        <source>Open this posting</source>
        <translation>Ouvrir cette offre d&apos;emploi</translation>
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
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ClosedGroup</name>
    <message>
        <source>Show or hide the postings that have ended</source>
        <translation>Afficher ou masquer les offres d&apos;emploi terminées</translation>
    </message>
    <message>
        <source>Closed postings</source>
        <translation>Offres d&apos;emploi closes</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Closed ({n})</source>
        <translation>Closes ({n})</translation>
    </message>
</context>
<context>
    <name>Companies</name>
    <message>
        <source>You know {name}, who used to work at {company}: would you introduce me?</source>
        <translation>Vous connaissez {name}, qui a travaillé chez {company}&#xa0;: accepteriez-vous de me présenter&#xa0;?</translation>
    </message>
    <message>
        <source>You know {name} at {company}: would you introduce me?</source>
        <translation>Vous connaissez {name} chez {company}&#xa0;: accepteriez-vous de me présenter&#xa0;?</translation>
    </message>
    <message>
        <source>You used to work at {company}: could I ask you what it is like there?</source>
        <translation>Vous avez travaillé chez {company}&#xa0;: puis-je vous demander comment cela se passe là-bas&#xa0;?</translation>
    </message>
    <message>
        <source>I am looking at {company}: could you tell me how they hire?</source>
        <translation>Je m&apos;intéresse à {company}&#xa0;: pourriez-vous me dire comment l&apos;entreprise recrute&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Search companies by name</source>
        <translation>Rechercher des entreprises par nom</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Rechercher des entreprises</translation>
    </message>
    <message>
        <source>Merge &amp;into...</source>
        <translation>&amp;Fusionner dans...</translation>
    </message>
    <message>
        <source>Make the selected company part of another: its people, postings and names</source>
        <translation>Rattacher l&apos;entreprise sélectionnée à une autre, avec ses personnes, ses offres d&apos;emploi et ses noms</translation>
    </message>
    <message>
        <source>The companies could not be read: {error}</source>
        <translation>Impossible de lire les entreprises&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies found</source>
        <translation>
            <numerusform>%Ln entreprise trouvée</numerusform>
            <numerusform>%Ln entreprises trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln entreprise</numerusform>
            <numerusform>%Ln entreprises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPeople</name>
    <message>
        <source>No company selected</source>
        <translation>Aucune entreprise sélectionnée</translation>
    </message>
    <message>
        <source>Nobody you know works there yet.</source>
        <translation>Personne de votre connaissance n&apos;y travaille pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Names...</source>
        <translation>&amp;Noms...</translation>
    </message>
    <message>
        <source>The other names this company goes by</source>
        <translation>Les autres noms sous lesquels cette entreprise est connue</translation>
    </message>
    <message>
        <source>People you know there</source>
        <translation>Personnes que vous y connaissez</translation>
    </message>
    <message>
        <source>Log a &amp;call</source>
        <translation>Noter un &amp;appel</translation>
    </message>
    <message>
        <source>Log a call with this person now</source>
        <translation>Noter maintenant un appel avec cette personne</translation>
    </message>
    <message>
        <source>Log a &amp;meeting...</source>
        <translation>Noter une &amp;rencontre...</translation>
    </message>
    <message>
        <source>Open the meeting form for this person</source>
        <translation>Ouvrir le formulaire de rencontre pour cette personne</translation>
    </message>
    <message>
        <source>Ask for an &amp;introduction</source>
        <translation>Demander une &amp;présentation</translation>
    </message>
    <message>
        <source>Add a follow-up task: ask this person for an introduction there</source>
        <translation>Ajouter une tâche de relance&#xa0;: demander à cette personne de vous présenter dans cette entreprise</translation>
    </message>
    <message>
        <source>&amp;Show in Contacts</source>
        <translation>Afficher dans les &amp;contacts</translation>
    </message>
    <message>
        <source>Select this person in the contact table</source>
        <translation>Sélectionner cette personne dans le tableau des contacts</translation>
    </message>
    <message>
        <source>People at {company}</source>
        <translation>Personnes chez {company}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translation>Aussi appelée&#xa0;: {names}</translation>
    </message>
    <message>
        <source>No other names</source>
        <translation>Aucun autre nom</translation>
    </message>
    <message>
        <source>The people there could not be read: {error}</source>
        <translation>Impossible de lire les personnes de cette entreprise&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Log call with {name}</source>
        <translation>l&apos;enregistrement de l&apos;appel avec {name}</translation>
    </message>
    <message>
        <source>Call with {name} logged.</source>
        <translation>Appel avec {name} noté.</translation>
    </message>
    <message>
        <source>The call was not logged.</source>
        <translation>L&apos;appel n&apos;a pas été noté.</translation>
    </message>
    <message>
        <source>Ask {name} for an introduction at {company}</source>
        <translation>Demander à {name} de me présenter chez {company}</translation>
    </message>
    <message>
        <source>Ask {name} for an introduction</source>
        <translation>Demander à {name} de me présenter</translation>
    </message>
    <message>
        <source>Task added: {title}</source>
        <translation>Tâche ajoutée&#xa0;: {title}</translation>
    </message>
    <message>
        <source>The task was not added.</source>
        <translation>La tâche n&apos;a pas été ajoutée.</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>{step}, due {day}</source>
        <translation>{step}, pour le {day}</translation>
    </message>
    <message>
        <source>{day}: {step}</source>
        <translation>{day}&#xa0;: {step}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Open postings</source>
        <translation>Offres d&apos;emploi ouvertes</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>People you know there who are warm leads</source>
        <translation>Vos contacts chauds dans cette entreprise</translation>
    </message>
    <message>
        <source>People you know there who are cold leads</source>
        <translation>Vos contacts froids dans cette entreprise</translation>
    </message>
    <message>
        <source>Postings there that are not closed or rejected</source>
        <translation>Offres d&apos;emploi de cette entreprise qui ne sont ni closes ni refusées</translation>
    </message>
    <message>
        <source>The last time you were in touch with anyone there</source>
        <translation>La dernière fois que vous avez été en contact avec quelqu&apos;un de cette entreprise</translation>
    </message>
    <message>
        <source>The open task due first of anyone there</source>
        <translation>La tâche ouverte à l&apos;échéance la plus proche, toutes personnes de cette entreprise confondues</translation>
    </message>
    <message>
        <source>The company&apos;s name</source>
        <translation>Le nom de l&apos;entreprise</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Compose a message</source>
        <translation>Rédiger un message</translation>
    </message>
    <message>
        <source>Reading what NetDesk knows…</source>
        <translation>Lecture des informations connues de NetDesk…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>The templates that fit come first; the message is written again from it</source>
        <translation>Les modèles adaptés sont proposés en premier&#xa0;; le message est réécrit à partir du modèle choisi</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Characters for a LinkedIn invitation</source>
        <translation>Caractères pour une invitation LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Put the message on the clipboard, for a LinkedIn invitation or a chat</source>
        <translation>Copier le message dans le presse-papiers, pour une invitation LinkedIn ou une messagerie instantanée</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Ouvrir dans le &amp;logiciel de messagerie</translation>
    </message>
    <message>
        <source>Start an e-mail with this subject and message in your mail program</source>
        <translation>Commencer un courriel avec cet objet et ce message dans votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Type d&apos;envoi</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Marquer comme en&amp;voyé</translation>
    </message>
    <message>
        <source>Log it in the history, once it has gone out</source>
        <translation>L&apos;ajouter à l&apos;historique, une fois le message envoyé</translation>
    </message>
    <message>
        <source>Sent &amp;as:</source>
        <translation>&amp;Type d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>M&amp;essage&#xa0;:</translation>
    </message>
    <message>
        <source>This message cannot be written: {reason}</source>
        <translation>Impossible de rédiger ce message&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nobody: no one referred {name}</source>
        <translation>Aucun destinataire&#xa0;: personne n&apos;a recommandé {name}</translation>
    </message>
    <message>
        <source>About your meeting with {name}</source>
        <translation>À propos de votre rencontre avec {name}</translation>
    </message>
    <message>
        <source>About a task for {name}</source>
        <translation>À propos d&apos;une tâche concernant {name}</translation>
    </message>
    <message>
        <source>To someone referred: {name}</source>
        <translation>À une personne recommandée&#xa0;: {name}</translation>
    </message>
    <message>
        <source>To {name}</source>
        <translation>À {name}</translation>
    </message>
    <message>
        <source>No e-mail address: your mail program will ask whom to send it to.</source>
        <translation>Pas d&apos;adresse de courriel&#xa0;: votre logiciel de messagerie vous demandera à qui l&apos;envoyer.</translation>
    </message>
    <message>
        <source>NetDesk knows nothing for {names} here: fill in the gap before sending.</source>
        <translation>NetDesk n&apos;a aucune information pour {names} ici&#xa0;: complétez ce qui manque avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>{count} of {limit} characters of a LinkedIn invitation</source>
        <translation>{count} sur {limit} caractères autorisés pour une invitation LinkedIn</translation>
    </message>
    <message numerus="yes">
        <source>Too long for a LinkedIn invitation by %Ln characters: shorten it, or send it as an e-mail or a message.</source>
        <translation>
            <numerusform>Message trop long pour une invitation LinkedIn (%Ln caractère de trop)&#xa0;: raccourcissez-le, ou envoyez-le par courriel ou par message.</numerusform>
            <numerusform>Message trop long pour une invitation LinkedIn (%Ln caractères de trop)&#xa0;: raccourcissez-le, ou envoyez-le par courriel ou par message.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is on the clipboard.</source>
        <translation>Le message est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>No program on this computer opens mailto links.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre les liens mailto.</translation>
    </message>
    <message>
        <source>The message is too long for a mail link: paste it from the clipboard.</source>
        <translation>Le message est trop long pour un lien de courriel&#xa0;: collez-le depuis le presse-papiers.</translation>
    </message>
    <message>
        <source>The message is in your mail program.</source>
        <translation>Le message est dans votre logiciel de messagerie.</translation>
    </message>
    <message>
        <source>The thank-you note for the meeting of {day} is sent</source>
        <translation>Le mot de remerciement pour la rencontre du {day} est envoyé</translation>
    </message>
    <message>
        <source>Tick off the task “{title}”</source>
        <translation>Cocher la tâche «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Copy it or open it in your mail program first</source>
        <translation>Copiez-le ou ouvrez-le d&apos;abord dans votre logiciel de messagerie</translation>
    </message>
    <message>
        <source>Logged. Next along the chain: {name}</source>
        <translation>Noté. Personne suivante dans la chaîne&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Log “{name}” as sent</source>
        <translation>le marquage de «&#xa0;{name}&#xa0;» comme envoyé</translation>
    </message>
    <message>
        <source>Logged in the history of {name}</source>
        <translation>Noté dans l&apos;historique de {name}</translation>
    </message>
    <message>
        <source>It was not logged.</source>
        <translation>Cela n&apos;a pas été noté.</translation>
    </message>
</context>
<context>
    <name>ComposeIntegration</name>
    <message>
        <source>&amp;Compose message...</source>
        <translation>Ré&amp;diger un message...</translation>
    </message>
    <message>
        <source>Write to the current contact from a template, then copy it or mail it</source>
        <translation>Écrire au contact actuel à partir d&apos;un modèle, puis copier le message ou l&apos;envoyer par courriel</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Sur le serveur</translation>
    </message>
    <message>
        <source>No conflicts: both sides agree.</source>
        <translation>Aucun conflit&#xa0;: les deux côtés concordent.</translation>
    </message>
    <message>
        <source>&amp;Keep this computer&apos;s</source>
        <translation>&amp;Conserver la valeur de cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Use the server&apos;s</source>
        <translation>&amp;Utiliser la valeur du serveur</translation>
    </message>
    <message>
        <source>&amp;Open contact...</source>
        <translation>&amp;Ouvrir le contact...</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Done on {day}</source>
        <translation>Fait le {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation>(supprimé ici)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>These fields of contacts, follow-ups and meetings were changed differently on this computer and on the server. NetDesk kept this computer&apos;s value until you choose.</source>
        <translation>Ces champs de contacts, de relances et de rendez-vous ont été modifiés différemment sur cet ordinateur et sur le serveur. NetDesk garde la valeur de cet ordinateur jusqu&apos;à votre choix.</translation>
    </message>
    <message>
        <source>Contact, task or meeting</source>
        <translation>Contact, tâche ou rendez-vous</translation>
    </message>
    <message>
        <source>Meeting with {name} on {when}</source>
        <translation>Rendez-vous avec {name} le {when}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind} : {title}</translation>
    </message>
    <message>
        <source>Deleted here: there is nothing to change</source>
        <translation>Supprimé ici : il n&apos;y a rien à modifier</translation>
    </message>
    <message>
        <source>This value cannot be taken as it is: open the contact to change it</source>
        <translation>Cette valeur ne peut pas être reprise telle quelle&#xa0;: ouvrez le contact pour la modifier</translation>
    </message>
    <message>
        <source>The conflicts were not settled.</source>
        <translation>Les conflits n&apos;ont pas été résolus.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact card</source>
        <translation>Fiche du contact</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Aucun contact sélectionné</translation>
    </message>
    <message>
        <source>Choose someone in the list to see how to reach them, how you came to know them and what to do next.</source>
        <translation>Choisissez une personne dans la liste pour voir comment la joindre, comment vous l&apos;avez connue et quoi faire ensuite.</translation>
    </message>
    <message>
        <source>Edit all...</source>
        <translation>Tout modifier...</translation>
    </message>
    <message>
        <source>Edit all details</source>
        <translation>Modifier tous les détails</translation>
    </message>
    <message>
        <source>Opens the full editor for everything the card does not change in place</source>
        <translation>Ouvre l&apos;éditeur complet pour tout ce que la fiche ne modifie pas directement</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Comment joindre cette personne</translation>
    </message>
    <message>
        <source>No e-mail address or phone number yet.</source>
        <translation>Pas encore d&apos;adresse de courriel ni de numéro de téléphone.</translation>
    </message>
    <message>
        <source>How you know them</source>
        <translation>Comment vous vous connaissez</translation>
    </message>
    <message>
        <source>Path to you</source>
        <translation>Chemin jusqu&apos;à vous</translation>
    </message>
    <message>
        <source>Copy opening line</source>
        <translation>Copier la phrase d&apos;accroche</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiée</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Log a meeting...</source>
        <translation>Noter une rencontre...</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Noter une rencontre</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Rédiger un message</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Noter un courriel</translation>
    </message>
    <message>
        <source>More things to log</source>
        <translation>Autres choses à noter</translation>
    </message>
    <message>
        <source>This contact cannot be shown</source>
        <translation>Impossible d&apos;afficher ce contact</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Photo de {name}</translation>
    </message>
    <message>
        <source>Used to work at {companies}</source>
        <translation>A travaillé chez {companies}</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} chez {company}</translation>
    </message>
    <message>
        <source>Lead: {value}</source>
        <translation>Chaud ou froid&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Choose warm or cold</source>
        <translation>Choisir chaud ou froid</translation>
    </message>
    <message>
        <source>Warm or cold lead: click to change</source>
        <translation>Contact chaud ou froid&#xa0;: cliquez pour changer</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <translation>Statut&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Choose where this contact stands</source>
        <translation>Choisir où en est ce contact</translation>
    </message>
    <message>
        <source>Status: click to change</source>
        <translation>Statut&#xa0;: cliquez pour changer</translation>
    </message>
    <message>
        <source>Copy e-mail address {value}</source>
        <translation>Copier l&apos;adresse de courriel {value}</translation>
    </message>
    <message>
        <source>Write to {value}</source>
        <translation>Écrire à {value}</translation>
    </message>
    <message>
        <source>Call {value}</source>
        <translation>Appeler le {value}</translation>
    </message>
    <message>
        <source>Copy phone number {value}</source>
        <translation>Copier le numéro de téléphone {value}</translation>
    </message>
    <message>
        <source>Open {value}</source>
        <translation>Ouvrir {value}</translation>
    </message>
    <message>
        <source>Copy link {value}</source>
        <translation>Copier le lien {value}</translation>
    </message>
    <message>
        <source>Copy address {value}</source>
        <translation>Copier l&apos;adresse {value}</translation>
    </message>
    <message>
        <source>Copied {value}</source>
        <translation>Copié&#xa0;: {value}</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address a mail program can take.</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse de courriel qu&apos;un logiciel de messagerie peut accepter.</translation>
    </message>
    <message>
        <source>No program on this computer opens {kind} links.</source>
        <translation>Aucun programme de cet ordinateur n&apos;ouvre les liens {kind}.</translation>
    </message>
    <message>
        <source>You know {name} directly: {relationship}.</source>
        <translation>Vous connaissez {name} directement&#xa0;: {relationship}.</translation>
    </message>
    <message>
        <source>How you met: {how}</source>
        <translation>Comment vous vous êtes connus&#xa0;: {how}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more introductions</source>
        <translation>
            <numerusform>%Ln autre présentation</numerusform>
            <numerusform>%Ln autres présentations</numerusform>
        </translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Recommandé par {name}</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Pourquoi&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name} suggested I give you a call.</source>
        <translation>{name} m&apos;a suggéré de vous appeler.</translation>
    </message>
    <message>
        <source>Opening line copied</source>
        <translation>Phrase d&apos;accroche copiée</translation>
    </message>
    <message>
        <source>Write to {name} from a template</source>
        <translation>Écrire à {name} à partir d&apos;un modèle</translation>
    </message>
</context>
<context>
    <name>ContactEditing</name>
    <message>
        <source>This contact cannot be opened</source>
        <translation>Impossible d&apos;ouvrir ce contact</translation>
    </message>
    <message>
        <source>This contact is damaged in the file ({problem}), so it cannot be edited. The rest of your network works as before; File &gt; Restore from backup... brings back the last good copy.</source>
        <translation>Ce contact est endommagé dans le fichier ({problem}) et ne peut donc pas être modifié. Le reste de votre réseau fonctionne comme avant&#xa0;; Fichier &gt; Restaurer une sauvegarde... ramène la dernière copie intacte.</translation>
    </message>
    <message>
        <source>The contact was not saved.</source>
        <translation>Le contact n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The contacts were not deleted.</source>
        <translation>Les contacts n&apos;ont pas été supprimés.</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>Supprimer {name}&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln contacts?</source>
        <translation>
            <numerusform>Supprimer %Ln contact&#xa0;?</numerusform>
            <numerusform>Supprimer ces %Ln contacts&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete this contact</source>
        <translation>&amp;Supprimer ce contact</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln contacts</source>
        <translation>
            <numerusform>&amp;Supprimer %Ln contact</numerusform>
            <numerusform>&amp;Supprimer les %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conserver ce contact</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Conserver ces contacts</translation>
    </message>
    <message>
        <source>People they referred move up to whoever referred them. You can undo this with {shortcut}.</source>
        <translation>Les personnes recommandées par un contact supprimé sont rattachées à celle qui avait recommandé ce contact. Vous pouvez annuler avec {shortcut}.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>E-mail, phone, address</source>
        <translation>Courriel, téléphone, adresse</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>What you talked about, what they care about...</source>
        <translation>Ce dont vous avez parlé, ce qui compte pour cette personne...</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This contact is damaged in the file: {damage}. The editor shows a neutral value instead. Save stores what you see here; Cancel leaves the contact as it is; File &gt; Restore from backup... brings back the last good copy.</source>
        <translation>Ce contact est endommagé dans le fichier&#xa0;: {damage}. L&apos;éditeur affiche une valeur neutre à la place. Enregistrer conserve ce que vous voyez ici&#xa0;; Annuler laisse le contact tel quel&#xa0;; Fichier &gt; Restaurer une sauvegarde... ramène la dernière copie intacte.</translation>
    </message>
    <message>
        <source>As you would write it on an envelope</source>
        <translation>Comme vous l&apos;écririez sur une enveloppe</translation>
    </message>
    <message>
        <source>1985-04-15, or --04-15 without the year</source>
        <translation>1985-04-15, ou --04-15 sans l&apos;année</translation>
    </message>
    <message>
        <source>Where and how you first met</source>
        <translation>Où et comment vous vous êtes rencontrés</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>No&amp;m de famille&#xa0;:</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>S&amp;urnom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relation&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Fon&amp;ction&#xa0;:</translation>
    </message>
    <message>
        <source>Used to &amp;work at:</source>
        <translation>Anciens emplo&amp;yeurs&#xa0;:</translation>
    </message>
    <message>
        <source>Birthda&amp;y:</source>
        <translation>Ann&amp;iversaire&#xa0;:</translation>
    </message>
    <message>
        <source>War&amp;m or cold:</source>
        <translation>C&amp;haud ou froid&#xa0;:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How you met:</source>
        <translation>Comment &amp;vous vous êtes connus&#xa0;:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>That file is not a picture NetDesk can read.</source>
        <translation>Ce fichier n&apos;est pas une image que NetDesk sait lire.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Ajouter un courriel</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse de courriel</translation>
    </message>
    <message>
        <source>Kind of e-mail address</source>
        <translation>Type d&apos;adresse de courriel</translation>
    </message>
    <message>
        <source>Remove this e-mail address</source>
        <translation>Retirer cette adresse de courriel</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Kind of phone number</source>
        <translation>Type de numéro de téléphone</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>Retirer ce numéro de téléphone</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/...</source>
        <translation>https://www.linkedin.com/in/...</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>Type de lien</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Retirer ce lien</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens&#xa0;:</translation>
    </message>
    <message>
        <source>Who suggested you meet? Start typing a name</source>
        <translation>Qui vous a suggéré cette rencontre&#xa0;? Commencez à taper un nom</translation>
    </message>
    <message>
        <source>What they said, e.g. “knows everyone in logistics”</source>
        <translation>Ce qu&apos;on vous a dit, par ex. «&#xa0;connaît tout le monde dans la logistique&#xa0;»</translation>
    </message>
    <message>
        <source>They will call ahead to introduce me</source>
        <translation>Cette personne appellera d&apos;abord pour me présenter</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connu</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. logistics, Berlin</source>
        <translation>Séparées par des virgules, par ex. logistique, Lyon</translation>
    </message>
    <message>
        <source>Tags in use: {tags}</source>
        <translation>Étiquettes utilisées&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Recommand&amp;é par&#xa0;:</translation>
    </message>
    <message>
        <source>Referral note:</source>
        <translation>Note de recommandation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last contact:</source>
        <translation>&amp;Dernier contact&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation>Prochaine re&amp;lance&#xa0;:</translation>
    </message>
    <message>
        <source>Kee&amp;p in touch:</source>
        <translation>&amp;Garder le contact&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>What you could send people their way for</source>
        <translation>Ce pour quoi vous pourriez leur adresser des gens</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>What they need, that you might help with</source>
        <translation>Ce dont cette personne a besoin, et où vous pourriez l&apos;aider</translation>
    </message>
    <message>
        <source>Good a&amp;t:</source>
        <translation>Points &amp;forts&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Besoins&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the referrer from the list, or clear the field.</source>
        <translation>Choisissez l&apos;intermédiaire dans la liste, ou videz le champ.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <source>Search names, companies, e-mails, notes, tags...</source>
        <translation>Rechercher noms, entreprises, courriels, notes, étiquettes...</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Filters as you type ({shortcut})</source>
        <translation>Filtre pendant la saisie ({shortcut})</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Any relationship</source>
        <translation>Toutes les relations</translation>
    </message>
    <message>
        <source>Warm and cold</source>
        <translation>Chauds et froids</translation>
    </message>
    <message>
        <source>Warm leads</source>
        <translation>Contacts chauds</translation>
    </message>
    <message>
        <source>Cold leads</source>
        <translation>Contacts froids</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Only the contacts with this status</source>
        <translation>Seulement les contacts ayant ce statut</translation>
    </message>
    <message>
        <source>Filter by relationship</source>
        <translation>Filtrer par relation</translation>
    </message>
    <message>
        <source>Only the contacts you know this way</source>
        <translation>Seulement les contacts que vous connaissez de cette façon</translation>
    </message>
    <message>
        <source>Filter by warm or cold</source>
        <translation>Filtrer par contacts chauds ou froids</translation>
    </message>
    <message>
        <source>Only warm leads, or only cold ones</source>
        <translation>Seulement les contacts chauds, ou seulement les froids</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Only the contacts with this tag</source>
        <translation>Seulement les contacts ayant cette étiquette</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <source>Only contacts with a follow-up due by Sunday, overdue ones included</source>
        <translation>Seulement les contacts dont la relance est prévue d&apos;ici dimanche, y compris les relances en retard</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>À recontacter</translation>
    </message>
    <message>
        <source>Only the people whose keep-in-touch rhythm has passed since the last touch</source>
        <translation>Seulement les personnes dont le rythme pour garder le contact est dépassé depuis le dernier contact</translation>
    </message>
    <message>
        <source>Show everyone: clear search and filters</source>
        <translation>Afficher tout le monde&#xa0;: effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Afficher tout le monde</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Warm/cold</source>
        <translation>Chaud/froid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>endommagé</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>overdue 1 day</source>
        <translation>en retard d&apos;un jour</translation>
    </message>
    <message>
        <source>overdue {count} days</source>
        <translation>en retard de {count} jours</translation>
    </message>
    <message>
        <source>(damaged: cannot be read)</source>
        <translation>(endommagé&#xa0;: illisible)</translation>
    </message>
    <message>
        <source>SQLite cannot read this row: the file is damaged</source>
        <translation>SQLite ne peut pas lire cette ligne&#xa0;: le fichier est endommagé</translation>
    </message>
    <message>
        <source>This contact is damaged in the file: {problem}</source>
        <translation>Ce contact est endommagé dans le fichier&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Follow-up overdue: it was due on {date}</source>
        <translation>Relance en retard&#xa0;: elle était prévue le {date}</translation>
    </message>
    <message>
        <source>Warm lead: someone who already knows you</source>
        <translation>Contact chaud&#xa0;: quelqu&apos;un qui vous connaît déjà</translation>
    </message>
    <message>
        <source>Cold lead</source>
        <translation>Contact froid</translation>
    </message>
</context>
<context>
    <name>ContactTableView</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>The people found: Enter or a double click opens the editor of the current one</source>
        <translation>Les personnes trouvées&#xa0;: Entrée ou un double-clic ouvre l&apos;éditeur de la personne sélectionnée</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{value} %</source>
        <translation>{value}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Span shown</source>
        <translation>Période affichée</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>26 dernières semaines</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Toute la campagne</translation>
    </message>
    <message>
        <source>How far back the charts look</source>
        <translation>Période couverte par les graphiques</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Meetings per week</source>
        <translation>Rencontres par semaine</translation>
    </message>
    <message>
        <source>No meeting held yet in this span.</source>
        <translation>Aucune rencontre tenue pour l&apos;instant sur cette période.</translation>
    </message>
    <message>
        <source>Names obtained per meeting</source>
        <translation>Noms obtenus par rencontre</translation>
    </message>
    <message>
        <source>No meeting held yet: ask for two names in every meeting.</source>
        <translation>Aucune rencontre tenue pour l&apos;instant&#xa0;: demandez deux noms à chaque rencontre.</translation>
    </message>
    <message>
        <source>People in the network, by generation</source>
        <translation>Personnes du réseau, par génération</translation>
    </message>
    <message>
        <source>Nobody in the network yet.</source>
        <translation>Personne dans le réseau pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Two per meeting: the people you knew directly, plus two for every meeting held.</source>
        <translation>Deux par rencontre&#xa0;: les personnes que vous connaissiez directement, plus deux pour chaque rencontre tenue.</translation>
    </message>
    <message>
        <source>Leads that led to a meeting</source>
        <translation>Contacts ayant mené à une rencontre</translation>
    </message>
    <message>
        <source>Nobody added in this span.</source>
        <translation>Personne n&apos;a été ajouté sur cette période.</translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation>Mots de remerciement</translation>
    </message>
    <message>
        <source>No thank-you note was due in this span.</source>
        <translation>Aucun mot de remerciement n&apos;était à envoyer sur cette période.</translation>
    </message>
    <message>
        <source>Opportunity funnel</source>
        <translation>Entonnoir des opportunités</translation>
    </message>
    <message>
        <source>Nothing in the funnel yet.</source>
        <translation>Rien dans l&apos;entonnoir pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Who introduced the most people</source>
        <translation>Qui vous a présenté le plus de personnes</translation>
    </message>
    <message>
        <source>Nobody has introduced anyone yet.</source>
        <translation>Personne ne vous a encore présenté qui que ce soit.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {error}</source>
        <translation>Impossible de lire le tableau de bord&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rencontres tenues</translation>
    </message>
    <message>
        <source>Names per meeting</source>
        <translation>Noms par rencontre</translation>
    </message>
    <message>
        <source>Goal: {goal} per meeting</source>
        <translation>Objectif&#xa0;: {goal} par rencontre</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people introduced; click to show them in Contacts</source>
        <translation>
            <numerusform>%Ln personne présentée&#xa0;; cliquez pour l&apos;afficher dans Contacts</numerusform>
            <numerusform>%Ln personnes présentées&#xa0;; cliquez pour les afficher dans Contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day} ({week})</source>
        <translation>Semaine du {day} ({week})</translation>
    </message>
    <message>
        <source>{week}
{names} names from {meetings} meetings: {ratio} per meeting (goal {goal})</source>
        <translation>{week}
{names} noms obtenus en {meetings} rencontres&#xa0;: {ratio} par rencontre (objectif {goal})</translation>
    </message>
    <message>
        <source>No meeting held in this span yet.</source>
        <translation>Aucune rencontre tenue sur cette période pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings held, {ratio} names per meeting (goal {goal}).</source>
        <translation>
            <numerusform>%Ln rencontre tenue, {ratio} noms par rencontre (objectif {goal}).</numerusform>
            <numerusform>%Ln rencontres tenues, {ratio} noms par rencontre (objectif {goal}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Generation {n}</source>
        <translation>Génération {n}</translation>
    </message>
    <message>
        <source>Generation {n} and beyond</source>
        <translation>Génération {n} et au-delà</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Two per meeting</source>
        <translation>Deux par rencontre</translation>
    </message>
    <message>
        <source>{lead}: {met} of {people} met ({share})</source>
        <translation>{lead}&#xa0;: {met} sur {people} rencontrés ({share})</translation>
    </message>
    <message>
        <source>Sent on time</source>
        <translation>Envoyés à temps</translation>
    </message>
    <message>
        <source>by the day they were due</source>
        <translation>au plus tard à leur échéance</translation>
    </message>
    <message>
        <source>Sent late</source>
        <translation>Envoyés en retard</translation>
    </message>
    <message>
        <source>after the day they were due</source>
        <translation>après leur échéance</translation>
    </message>
    <message>
        <source>Not sent, overdue</source>
        <translation>Non envoyés, en retard</translation>
    </message>
    <message>
        <source>past the day they were due</source>
        <translation>leur échéance étant passée</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Pas encore envoyés</translation>
    </message>
    <message>
        <source>still within their window</source>
        <translation>encore dans les délais</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>{name}: {count} of {due} notes, {what}</source>
        <translation>{name}&#xa0;: {count} mots sur {due}, {what}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>people added</source>
        <translation>personnes ajoutées</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rencontrés</translation>
    </message>
    <message>
        <source>people met at least once</source>
        <translation>personnes rencontrées au moins une fois</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Recommandation obtenue</translation>
    </message>
    <message>
        <source>postings with an introduction</source>
        <translation>offres d&apos;emploi avec une recommandation</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature envoyée</translation>
    </message>
    <message>
        <source>postings applied for</source>
        <translation>offres d&apos;emploi auxquelles vous avez postulé</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>En entretien</translation>
    </message>
    <message>
        <source>postings with an interview</source>
        <translation>offres d&apos;emploi avec un entretien</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre reçue</translation>
    </message>
    <message>
        <source>postings with an offer</source>
        <translation>offres d&apos;emploi ayant abouti à une offre</translation>
    </message>
    <message>
        <source>{step}: {count} {what}</source>
        <translation>{step}&#xa0;: {count} {what}</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>NetDesk cannot open the database</source>
        <translation>NetDesk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>{name} est introuvable.</translation>
    </message>
    <message>
        <source>{name} cannot be opened.</source>
        <translation>Impossible d&apos;ouvrir {name}.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and choose Try again. Or locate the file, open another one, or start a new, empty database in NetDesk&apos;s own folder.</source>
        <translation>S&apos;il se trouve sur un disque non connecté, branchez celui-ci et choisissez Essayer à nouveau. Vous pouvez aussi localiser le fichier, en ouvrir un autre, ou créer une nouvelle base de données vide dans le dossier de NetDesk.</translation>
    </message>
    <message>
        <source>Restore its newest backup, or start with an empty database if you really want to begin again (the backups stay).</source>
        <translation>Restaurez sa sauvegarde la plus récente, ou commencez avec une base de données vide si vous voulez vraiment repartir de zéro (les sauvegardes sont conservées).</translation>
    </message>
    <message>
        <source>Restoring a backup moves this file aside (renamed, never overwritten or deleted) and puts the backup in its place.</source>
        <translation>Restaurer une sauvegarde met ce fichier de côté (renommé, jamais écrasé ni supprimé) et place la sauvegarde à sa place.</translation>
    </message>
    <message>
        <source>There is no backup of this file. It has been left as it is; you can open another database, or quit.</source>
        <translation>Il n&apos;existe aucune sauvegarde de ce fichier. Il a été laissé tel quel&#xa0;; vous pouvez ouvrir une autre base de données, ou quitter.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Open another file...</source>
        <translation>&amp;Ouvrir un autre fichier...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Start a &amp;new database</source>
        <translation>Créer une &amp;nouvelle base de données</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Commencer à &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Essayer à nouveau</translation>
    </message>
    <message>
        <source>&amp;Locate it or open another...</source>
        <translation>&amp;Localiser le fichier ou en ouvrir un autre...</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd d MMM yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <source>Every</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>DemoNetwork</name>
    <message>
        <source>Creating the demo network...</source>
        <translation>Création du réseau de démonstration...</translation>
    </message>
    <message>
        <source>The demo network could not be created</source>
        <translation>Impossible de créer le réseau de démonstration</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Thank-you note for the meeting on {day}.</source>
        <translation>Mot de remerciement pour la rencontre du {day}.</translation>
    </message>
    <message>
        <source>Their next follow-up date.</source>
        <translation>La date de sa prochaine relance.</translation>
    </message>
    <message>
        <source>Apply by {day}: not applied for yet.</source>
        <translation>Postuler avant le {day}&#xa0;: pas encore de candidature.</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} chez {company}</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}: last in touch on {day}.</source>
        <translation>Garder le contact {rhythm}&#xa0;: dernier contact le {day}.</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}: not in touch since they were added.</source>
        <translation>Garder le contact {rhythm}&#xa0;: aucun contact depuis son ajout.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Find &amp;duplicates...</source>
        <translation>Rechercher les &amp;doublons...</translation>
    </message>
    <message>
        <source>Contacts that are probably the same person: merge them, or say they are not</source>
        <translation>Contacts qui sont probablement la même personne&#xa0;: fusionnez-les, ou indiquez que ce n&apos;est pas le cas</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln contacts into {name}. {undo} puts them back.</source>
        <translation>
            <numerusform>%Ln contact fusionné dans {name}. {undo} le rétablit.</numerusform>
            <numerusform>%Ln contacts fusionnés dans {name}. {undo} les rétablit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contacts were not merged.</source>
        <translation>Les contacts n&apos;ont pas été fusionnés.</translation>
    </message>
    <message>
        <source>That was not saved.</source>
        <translation>Cela n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Select a group to see what merging it would keep.</source>
        <translation>Sélectionnez un groupe pour voir ce que la fusion conserverait.</translation>
    </message>
    <message>
        <source>Include this contact in the merge</source>
        <translation>Inclure ce contact dans la fusion</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Merged into the kept one</source>
        <translation>Fusionné dans le contact conservé</translation>
    </message>
    <message>
        <source>Every field is the same in these contacts.</source>
        <translation>Tous les champs sont identiques dans ces contacts.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>All, one after the other</source>
        <translation>Toutes, l&apos;une après l&apos;autre</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Nobody: I knew them</source>
        <translation>Personne&#xa0;: je connaissais déjà cette personne</translation>
    </message>
    <message>
        <source>Choose at least two contacts to merge.</source>
        <translation>Choisissez au moins deux contacts à fusionner.</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>The merged contact keeps all of these:</source>
        <translation>Le contact fusionné conserve tous ces éléments&#xa0;:</translation>
    </message>
    <message>
        <source>Moved to it: {items}</source>
        <translation>Rattachés au contact conservé&#xa0;: {items}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation>Chaud ou froid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Comment vous vous êtes connus</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Keep in touch every (days)</source>
        <translation>Rythme pour garder le contact (jours)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>Nouvelle &amp;recherche</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Pas des doublons</translation>
    </message>
    <message>
        <source>These are different people: do not offer them as duplicates again</source>
        <translation>Ce sont des personnes différentes&#xa0;: ne plus les proposer comme doublons</translation>
    </message>
    <message>
        <source>Looking for contacts that are the same person...</source>
        <translation>Recherche des contacts qui sont la même personne...</translation>
    </message>
    <message>
        <source>Duplicates could not be searched: {error}</source>
        <translation>Impossible de rechercher les doublons&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Aucun doublon trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups of contacts that may be the same person.</source>
        <translation>
            <numerusform>%Ln groupe de contacts qui sont peut-être la même personne.</numerusform>
            <numerusform>%Ln groupes de contacts qui sont peut-être la même personne.</numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation>même profil LinkedIn</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom semblable</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %Ln contacts</source>
        <translation>
            <numerusform>&amp;Fusionner %Ln contact</numerusform>
            <numerusform>&amp;Fusionner %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyStatePanel</name>
    <message>
        <source>Start your networking campaign</source>
        <translation>Lancez votre campagne de réseautage</translation>
    </message>
    <message>
        <source>Most jobs are filled through people. Begin with the people you already know: family, friends, former co-workers. They are your warm leads.</source>
        <translation>La plupart des postes sont pourvus grâce aux relations. Commencez par les personnes que vous connaissez déjà&#xa0;: famille, amis, anciens collègues. Ce sont vos contacts chauds.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>Open the demo network</source>
        <translation>Ouvrir le réseau de démonstration</translation>
    </message>
    <message>
        <source>Try NetDesk out on {n} made-up people, in a demo file of its own: your contacts are never touched. File &gt; Open database brings you back.</source>
        <translation>Essayez NetDesk avec {n} personnes fictives, dans un fichier de démonstration à part&#xa0;: vos contacts ne sont jamais touchés. Fichier &gt; Ouvrir une base de données... vous ramène à votre fichier.</translation>
    </message>
    <message>
        <source>Or drop your address book here (.vcf or .csv from your phone, Outlook, Gmail or LinkedIn) to bring in your contacts.</source>
        <translation>Ou déposez ici votre carnet d&apos;adresses (.vcf ou .csv de votre téléphone, d&apos;Outlook, de Gmail ou de LinkedIn) pour importer vos contacts.</translation>
    </message>
    <message>
        <source>Choose files...</source>
        <translation>Choisir des fichiers...</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <source>First sync with {server}</source>
        <translation>Première synchronisation avec {server}</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. People found on both sides are merged into one contact, unless you keep them apart; everyone else is added here. After this first sync, NetDesk keeps both sides up to date on its own.</source>
        <translation>Rien n&apos;a encore été modifié. Les personnes présentes des deux côtés sont fusionnées en un seul contact, sauf si vous les gardez séparées&#xa0;; toutes les autres sont ajoutées ici. Après cette première synchronisation, NetDesk tient les deux côtés à jour de lui-même.</translation>
    </message>
    <message>
        <source>People on the server</source>
        <translation>Personnes sur le serveur</translation>
    </message>
    <message>
        <source>&amp;Merge all matches</source>
        <translation>&amp;Fusionner toutes les correspondances</translation>
    </message>
    <message>
        <source>&amp;Keep all apart</source>
        <translation>&amp;Ne rien fusionner</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the server.</source>
        <translation>
            <numerusform>%Ln personne sur le serveur.</numerusform>
            <numerusform>%Ln personnes sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>{merge} to merge with contacts here, {new} to add.</source>
        <translation>À fusionner avec des contacts d&apos;ici&#xa0;: {merge}&#xa0;; à ajouter&#xa0;: {new}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Ignorer ce fichier</translation>
    </message>
    <message>
        <source>People in the files</source>
        <translation>Personnes dans les fichiers</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Merge all matches</source>
        <translation>Fusionner toutes les correspondances</translation>
    </message>
    <message>
        <source>Import all matches as new</source>
        <translation>Importer toutes les correspondances comme nouvelles</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Only matches</source>
        <translation>Correspondances seulement</translation>
    </message>
    <message>
        <source>Only new people</source>
        <translation>Nouvelles personnes seulement</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Problems in the files</source>
        <translation>Problèmes dans les fichiers</translation>
    </message>
    <message>
        <source>Mark them all &amp;warm (people you know)</source>
        <translation>Les marquer tous comme &amp;chauds (des personnes que vous connaissez)</translation>
    </message>
    <message>
        <source>Everyone imported, new or merged, becomes a warm lead</source>
        <translation>Toutes les personnes importées, nouvelles ou fusionnées, deviennent des contacts chauds</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Aucune étiquette</translation>
    </message>
    <message>
        <source>Everyone imported gets this tag, so you can find them as a group; empty: none</source>
        <translation>Toutes les personnes importées reçoivent cette étiquette, pour que vous puissiez les retrouver en groupe&#xa0;; vide&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Tag for everyone imported</source>
        <translation>Étiquette pour toutes les personnes importées</translation>
    </message>
    <message>
        <source>&amp;Tag them all:</source>
        <translation>É&amp;tiqueter tout le monde&#xa0;:</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>Lecture de {name}...</translation>
    </message>
    <message>
        <source>Reading {n} files and folders...</source>
        <translation>Lecture des fichiers et dossiers ({n})...</translation>
    </message>
    <message>
        <source>The files could not be read</source>
        <translation>Impossible de lire les fichiers</translation>
    </message>
    <message>
        <source>Looking for people you already have...</source>
        <translation>Recherche des personnes que vous avez déjà...</translation>
    </message>
    <message>
        <source>The files could not be compared</source>
        <translation>Impossible de comparer les fichiers</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems found:</source>
        <translation>
            <numerusform>%Ln problème trouvé&#xa0;:</numerusform>
            <numerusform>%Ln problèmes trouvés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people found: {new} new</source>
        <translation>
            <numerusform>%Ln personne trouvée — nouvelles&#xa0;: {new}</numerusform>
            <numerusform>%Ln personnes trouvées — nouvelles&#xa0;: {new}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {matching} already in NetDesk</source>
        <translation>, déjà dans NetDesk&#xa0;: {matching}</translation>
    </message>
    <message>
        <source>, {twice} more than once in these files</source>
        <translation>, plusieurs fois dans ces fichiers&#xa0;: {twice}</translation>
    </message>
    <message>
        <source> ({merge} to merge)</source>
        <translation> (à fusionner&#xa0;: {merge})</translation>
    </message>
    <message>
        <source>{n} only maybe the same person (another UID, or one UID for different people): imported as new unless you choose Merge.</source>
        <translation>Peut-être la même personne seulement&#xa0;: {n} (autre UID, ou un même UID pour des personnes différentes)&#xa0;; importées comme nouvelles sauf si vous choisissez Fusionner.</translation>
    </message>
    <message>
        <source>{n} unchecked will not be imported.</source>
        <translation>Décochées, donc non importées&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importation...</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The contacts were not imported</source>
        <translation>Les contacts n&apos;ont pas été importés</translation>
    </message>
    <message>
        <source>Nothing was changed in your contacts.</source>
        <translation>Rien n&apos;a été modifié dans vos contacts.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Annulation...</translation>
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
        <translation>vCard 3.0, pour les téléphones plus anciens (*.vcf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import contacts...</source>
        <translation>&amp;Importer des contacts...</translation>
    </message>
    <message>
        <source>Bring in contacts from vCard (.vcf) or CSV files: phones, Outlook, Gmail, LinkedIn</source>
        <translation>Importer des contacts depuis des fichiers vCard (.vcf) ou CSV&#xa0;: téléphones, Outlook, Gmail, LinkedIn</translation>
    </message>
    <message>
        <source>E&amp;xport contacts...</source>
        <translation>E&amp;xporter des contacts...</translation>
    </message>
    <message>
        <source>Save contacts (the selected ones, or everyone) as vCard or CSV</source>
        <translation>Enregistrer des contacts (ceux sélectionnés, ou tout le monde) au format vCard ou CSV</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Fichiers de contacts (*.vcf *.vcard *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contacts</source>
        <translation>
            <numerusform>Importer %Ln contact</numerusform>
            <numerusform>Importer %Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {new} new contacts, merged {merged} into existing ones.</source>
        <translation>Nouveaux contacts importés&#xa0;: {new}&#xa0;; fusionnés avec des contacts existants&#xa0;: {merged}.</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln selected contacts, or everyone?</source>
        <translation>
            <numerusform>Exporter %Ln contact sélectionné, ou tout le monde&#xa0;?</numerusform>
            <numerusform>Exporter les %Ln contacts sélectionnés, ou tout le monde&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Exporting contacts...</source>
        <translation>Exportation des contacts...</translation>
    </message>
    <message>
        <source>Exporting contacts to {name}...</source>
        <translation>Exportation des contacts vers {name}...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The contacts were not exported</source>
        <translation>Les contacts n&apos;ont pas été exportés</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to {name}</source>
        <translation>
            <numerusform>%Ln contact exporté vers {name}</numerusform>
            <numerusform>%Ln contacts exportés vers {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMatch</name>
    <message>
        <source>same e-mail {value}</source>
        <translation>même courriel {value}</translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation>même profil LinkedIn</translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation>même téléphone {value}</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>même nom et même organisation</translation>
    </message>
    <message>
        <source>same UID</source>
        <translation>même UID</translation>
    </message>
    <message>
        <source>same UID, but no name, e-mail or phone in common</source>
        <translation>même UID, mais aucun nom, courriel ni téléphone en commun</translation>
    </message>
    <message>
        <source>same name and phone {value}</source>
        <translation>même nom et même téléphone {value}</translation>
    </message>
    <message>
        <source>{reason} (as {name} here)</source>
        <translation>{reason} (ici sous le nom {name})</translation>
    </message>
    <message>
        <source>{reason}, also in this import</source>
        <translation>{reason}, également dans cette importation</translation>
    </message>
</context>
<context>
    <name>InterviewCountry</name>
    <message>
        <source>This turned into &amp;interview country</source>
        <translation>La rencontre est devenue un &amp;entretien d&apos;embauche</translation>
    </message>
    <message>
        <source>They raised the ante: the talk turned to a job of theirs. Saving links the posting to this meeting and moves it to Interviewing.</source>
        <translation>La conversation a changé de nature&#xa0;: elle a porté sur un poste chez votre interlocuteur. L&apos;enregistrement associe l&apos;offre d&apos;emploi à cette rencontre et la fait passer à l&apos;étape «&#xa0;En entretien&#xa0;».</translation>
    </message>
    <message>
        <source>Posting the meeting was about</source>
        <translation>Offre d&apos;emploi dont il a été question pendant la rencontre</translation>
    </message>
    <message>
        <source>Which posting? Type a title or a company</source>
        <translation>Quelle offre d&apos;emploi&#xa0;? Tapez un intitulé ou une entreprise</translation>
    </message>
    <message>
        <source>{title} at {company} ({stage})</source>
        <translation>{title} chez {company} ({stage})</translation>
    </message>
    <message>
        <source>There is no open posting yet. Add it on the Postings page, then tick this again.</source>
        <translation>Il n&apos;y a encore aucune offre d&apos;emploi ouverte. Ajoutez-la sur la page «&#xa0;Offres d&apos;emploi&#xa0;», puis cochez de nouveau cette case.</translation>
    </message>
    <message>
        <source>Saving links the posting to this meeting and moves it to Interviewing.</source>
        <translation>L&apos;enregistrement associe l&apos;offre d&apos;emploi à cette rencontre et la fait passer à l&apos;étape «&#xa0;En entretien&#xa0;».</translation>
    </message>
</context>
<context>
    <name>KeepInTouch</name>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>toutes les semaines</translation>
    </message>
    <message>
        <source>every {count} weeks</source>
        <translation>toutes les {count} semaines</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>tous les mois</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>tous les ans</translation>
    </message>
    <message>
        <source>every {count} days</source>
        <translation>tous les {count} jours</translation>
    </message>
    <message>
        <source>{referrer} gave you {name}&apos;s name today.</source>
        <translation>{referrer} vous a donné le nom de {name} aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>{referrer} gave you {name}&apos;s name yesterday.</source>
        <translation>{referrer} vous a donné le nom de {name} hier.</translation>
    </message>
    <message>
        <source>{referrer} gave you {name}&apos;s name {days} days ago.</source>
        <translation>{referrer} vous a donné le nom de {name} il y a {days} jours.</translation>
    </message>
    <message>
        <source>{name} has helped you {count} times and you have not returned it.</source>
        <translation>{name} vous a aidé {count} fois et vous ne lui avez pas encore rendu la pareille.</translation>
    </message>
    <message>
        <source>{name} has helped you {count} times since you last did something for them.</source>
        <translation>{name} vous a aidé {count} fois depuis la dernière fois que vous avez fait quelque chose pour cette personne.</translation>
    </message>
</context>
<context>
    <name>KnownThere</name>
    <message>
        <source>People you know at the company</source>
        <translation>Personnes que vous connaissez dans l&apos;entreprise</translation>
    </message>
    <message>
        <source>Looking for people you know at {company}…</source>
        <translation>Recherche des personnes que vous connaissez chez {company}…</translation>
    </message>
    <message>
        <source>The people there could not be read: {error}</source>
        <translation>Impossible de lire les personnes de cette entreprise&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Type the company to see whom you know there.</source>
        <translation>Tapez l&apos;entreprise pour voir qui vous y connaissez.</translation>
    </message>
    <message>
        <source>{company} is new to NetDesk: nobody you know works there yet.</source>
        <translation>{company} est nouvelle dans NetDesk&#xa0;: personne de votre connaissance n&apos;y travaille pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Nobody you know works at {company}, used to, or knows someone there. Ask your warmest contacts whom they know there.</source>
        <translation>Personne de votre connaissance ne travaille chez {company}, n&apos;y a travaillé ou n&apos;y connaît quelqu&apos;un. Demandez à vos contacts les plus chauds qui ils y connaissent.</translation>
    </message>
    <message>
        <source>Ask one of them for an introduction before you apply; double-click to link someone to the posting.</source>
        <translation>Demandez à l&apos;une de ces personnes de vous présenter avant de postuler&#xa0;; double-cliquez pour associer quelqu&apos;un à l&apos;offre d&apos;emploi.</translation>
    </message>
    <message numerus="yes">
        <source>Works there (%Ln)</source>
        <translation>
            <numerusform>Y travaille (%Ln)</numerusform>
            <numerusform>Y travaillent (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used to work there (%Ln)</source>
        <translation>
            <numerusform>Y a travaillé (%Ln)</numerusform>
            <numerusform>Y ont travaillé (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One introduction away (%Ln)</source>
        <translation>
            <numerusform>Joignable par une présentation (%Ln)</numerusform>
            <numerusform>Joignables par une présentation (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more (see the Companies page)</source>
        <translation>
            <numerusform>et %Ln autre personne (voir la page «&#xa0;Entreprises&#xa0;»)</numerusform>
            <numerusform>et %Ln autres personnes (voir la page «&#xa0;Entreprises&#xa0;»)</numerusform>
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
        <translation>À contacter</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>Meeting set</source>
        <translation>Rencontre prévue</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rencontré</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>En sommeil</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Ami</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Voisin</translation>
    </message>
    <message>
        <source>Co-worker</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Former co-worker</source>
        <translation>Ancien collègue</translation>
    </message>
    <message>
        <source>Classmate / alumni</source>
        <translation>Camarade d&apos;études / ancien élève</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Relation professionnelle</translation>
    </message>
    <message>
        <source>Association / club member</source>
        <translation>Membre d&apos;une association / d&apos;un club</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Connaissance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Direct contact</source>
        <translation>Contact direct</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Mot de remerciement</translation>
    </message>
    <message>
        <source>Call to make</source>
        <translation>Appel à passer</translation>
    </message>
    <message>
        <source>Other task</source>
        <translation>Autre tâche</translation>
    </message>
    <message>
        <source>Favour given</source>
        <translation>Service rendu</translation>
    </message>
    <message>
        <source>Favour received</source>
        <translation>Service reçu</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Repérée</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>À l&apos;étude</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Recommandation obtenue</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Candidature retirée</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Told me about it</source>
        <translation>M&apos;en a parlé</translation>
    </message>
    <message>
        <source>Referred me</source>
        <translation>A recommandé ma candidature</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Manager recruteur</translation>
    </message>
    <message>
        <source>Met me about it</source>
        <translation>M&apos;a rencontré à ce sujet</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidature envoyée</translation>
    </message>
    <message>
        <source>Look for leads</source>
        <translation>Recherche de pistes</translation>
    </message>
    <message>
        <source>Learn about a career or company</source>
        <translation>Découvrir un métier ou une entreprise</translation>
    </message>
    <message>
        <source>Interview (the employer&apos;s)</source>
        <translation>Entretien d&apos;embauche (chez l&apos;employeur)</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>En entretien</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre reçue</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Offre acceptée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Offre déclinée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Effacer le texte</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Type in the box to search</source>
        <translation>Tapez dans le champ pour rechercher</translation>
    </message>
</context>
<context>
    <name>LinkedPeople</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>People linked to the posting</source>
        <translation>Personnes associées à l&apos;offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Nobody yet. Link whoever told you about it, referred you or will interview you: their help counts in your numbers.</source>
        <translation>Personne pour l&apos;instant. Associez qui vous en a parlé, a recommandé votre candidature ou vous fera passer l&apos;entretien&#xa0;: leur aide compte dans vos chiffres.</translation>
    </message>
    <message>
        <source>Type a name to link someone…</source>
        <translation>Tapez un nom pour associer quelqu&apos;un…</translation>
    </message>
    <message>
        <source>Person to link</source>
        <translation>Personne à associer</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Rôle de la personne</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>A&amp;ssocier</translation>
    </message>
    <message>
        <source>Link this person to the posting in this role</source>
        <translation>Associer cette personne à l&apos;offre d&apos;emploi dans ce rôle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Unlink the selected person</source>
        <translation>Dissocier la personne sélectionnée</translation>
    </message>
    <message>
        <source>{name} is already linked as “{role}”.</source>
        <translation>{name} figure déjà avec le rôle «&#xa0;{role}&#xa0;».</translation>
    </message>
    <message>
        <source>Choose someone from your contacts: type a name and pick it.</source>
        <translation>Choisissez quelqu&apos;un parmi vos contacts&#xa0;: tapez un nom et sélectionnez-le.</translation>
    </message>
    <message>
        <source>Type the name of the person to link.</source>
        <translation>Tapez le nom de la personne à associer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New contact...</source>
        <translation>&amp;Nouveau contact...</translation>
    </message>
    <message>
        <source>Add a person to your network</source>
        <translation>Ajouter une personne à votre réseau</translation>
    </message>
    <message>
        <source>&amp;Edit contact...</source>
        <translation>&amp;Modifier le contact...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Ouvrir une base de données...</translation>
    </message>
    <message>
        <source>&amp;Print weekly sheet...</source>
        <translation>Im&amp;primer la feuille de la semaine...</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF the week&apos;s calls, meetings and thank-you notes</source>
        <translation>Prévisualiser, imprimer ou enregistrer en PDF les appels, rencontres et mots de remerciement de la semaine</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;About NetDesk</source>
        <translation>À &amp;propos de NetDesk</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Referral tree</source>
        <translation>&amp;Recommandations</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>En&amp;treprises</translation>
    </message>
    <message>
        <source>&amp;Postings</source>
        <translation>&amp;Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Network &amp;map</source>
        <translation>C&amp;arte du réseau</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ta&amp;bleau de bord</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Wait until the change being saved is written, then open {name}.</source>
        <translation>Attendez que la modification en cours soit enregistrée, puis ouvrez {name}.</translation>
    </message>
    <message>
        <source>{name} is open in another NetDesk window.</source>
        <translation>{name} est ouvert dans une autre fenêtre de NetDesk.</translation>
    </message>
    <message>
        <source>NetDesk cannot open that database</source>
        <translation>NetDesk ne peut pas ouvrir cette base de données</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>La recherche a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{name} (read-only) - {app}</source>
        <translation>{name} (lecture seule) - {app}</translation>
    </message>
    <message>
        <source>{name} - {app}</source>
        <translation>{name} - {app}</translation>
    </message>
    <message>
        <source>About NetDesk</source>
        <translation>À propos de NetDesk</translation>
    </message>
    <message>
        <source>NetDesk {version}</source>
        <translation>NetDesk {version}</translation>
    </message>
    <message>
        <source>Run your job-search networking as a campaign: warm leads, referral chains, short meetings, thank-you notes and follow-ups. Everything stays on this computer, in {path}.</source>
        <translation>Menez le réseautage de votre recherche d&apos;emploi comme une campagne&#xa0;: contacts chauds, chaînes de recommandations, rencontres courtes, mots de remerciement et relances. Tout reste sur cet ordinateur, dans {path}.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <source>… {count} more …</source>
        <translation>… {count} de plus …</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>warm lead</source>
        <translation>contact chaud</translation>
    </message>
    <message>
        <source>cold lead</source>
        <translation>contact froid</translation>
    </message>
    <message>
        <source>{count} came through them</source>
        <translation>Par son intermédiaire&#xa0;: {count}</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Sans entreprise</translation>
    </message>
    <message>
        <source>{company} · {count}</source>
        <translation>{company} · {count}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>What the map shows</source>
        <translation>Ce que montre la carte</translation>
    </message>
    <message>
        <source>{status}: {meaning}</source>
        <translation>{status}&#xa0;: {meaning}</translation>
    </message>
    <message>
        <source>Filled: a warm lead, who already knows you</source>
        <translation>Disque plein&#xa0;: un contact chaud, qui vous connaît déjà</translation>
    </message>
    <message>
        <source>Ring: a cold lead</source>
        <translation>Cercle vide&#xa0;: un contact froid</translation>
    </message>
    <message>
        <source>Larger: more people came to you through them</source>
        <translation>Plus grand&#xa0;: plus de personnes sont venues à vous par son intermédiaire</translation>
    </message>
    <message>
        <source>Each circle is a company, with the people you know there; the lines are introductions, across companies too. Drag a person onto another to change who referred them.</source>
        <translation>Chaque cercle est une entreprise, avec les personnes que vous y connaissez&#xa0;; les lignes sont les recommandations, y compris d’une entreprise à l’autre. Faites glisser une personne sur une autre pour changer qui l’a recommandée.</translation>
    </message>
    <message>
        <source>You are at the centre; each ring is one more introduction away. Drag a person onto another to change who referred them.</source>
        <translation>Vous êtes au centre&#xa0;; chaque anneau est à une présentation de plus. Faites glisser une personne sur une autre pour changer qui l&apos;a recommandée.</translation>
    </message>
</context>
<context>
    <name>MapOutput</name>
    <message>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <source>Save the map as you see it: PNG, SVG or PDF</source>
        <translation>Enregistrer la carte telle que vous la voyez&#xa0;: PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Imprimer...</translation>
    </message>
    <message>
        <source>Print the map as you see it</source>
        <translation>Imprimer la carte telle que vous la voyez</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <source>Export the network map</source>
        <translation>Exporter la carte du réseau</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the network map</source>
        <translation>Imprimer la carte du réseau</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>Impossible d&apos;écrire {path}.</translation>
    </message>
    <message>
        <source>Map not exported</source>
        <translation>Carte non exportée</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Network map</source>
        <translation>Carte du réseau</translation>
    </message>
    <message>
        <source>Find a person on the map</source>
        <translation>Rechercher une personne sur la carte</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+0)</source>
        <translation>Afficher tout le réseau (Ctrl+0)</translation>
    </message>
    <message>
        <source>Fit everyone</source>
        <translation>Ajuster à tous</translation>
    </message>
    <message>
        <source>Show everyone, out to the end of the longest chain of introductions (Ctrl+Shift+0)</source>
        <translation>Afficher tout le monde, jusqu&apos;au bout de la plus longue chaîne de présentations (Ctrl+Maj+0)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Group by company</source>
        <translation>Grouper par entreprise</translation>
    </message>
    <message>
        <source>Show each company as a circle of its people, the referrals across them</source>
        <translation>Montrer chaque entreprise comme un cercle de ses personnes, avec les recommandations entre elles</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Placing everyone on the map</source>
        <translation>Placement de chacun sur la carte</translation>
    </message>
    <message>
        <source>Nobody on the map yet. Add the people you already know: they form the first ring around you, and everyone they introduce you to the rings beyond.</source>
        <translation>Personne sur la carte pour l&apos;instant. Ajoutez les personnes que vous connaissez déjà&#xa0;: elles forment le premier anneau autour de vous, et tous ceux qu&apos;elles vous présentent, les anneaux suivants.</translation>
    </message>
    <message>
        <source>The map could not be read: {error}</source>
        <translation>Impossible de lire la carte&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Nobody on the map matches “{text}”.</source>
        <translation>Personne sur la carte ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>MapTimeline</name>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Replay how the network grew, week by week</source>
        <translation>Revoir la croissance du réseau, semaine après semaine</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semaine affichée</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: %Ln people</source>
        <translation>
            <numerusform>Semaine du {day}&#xa0;: %Ln personne</numerusform>
            <numerusform>Semaine du {day}&#xa0;: %Ln personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Page web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Past employers</source>
        <translation>Anciens employeurs</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Relation depuis le</translation>
    </message>
    <message>
        <source>Unique ID (UID)</source>
        <translation>Identifiant unique (UID)</translation>
    </message>
    <message>
        <source>Referrer&apos;s UID</source>
        <translation>UID de l&apos;intermédiaire</translation>
    </message>
    <message>
        <source>NetDesk does not know the columns of {name}. Say which column holds what; columns left at (ignore) are not imported.</source>
        <translation>NetDesk ne connaît pas les colonnes de {name}. Indiquez ce que contient chaque colonne&#xa0;; les colonnes laissées sur (ignorer) ne sont pas importées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation>&lt;b&gt;Colonne&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contenu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Premières valeurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>MeetingCountdown</name>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Count down the planned length while you meet, to keep your promise on time</source>
        <translation>Décompter la durée prévue pendant la rencontre, pour tenir votre engagement sur le temps</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Over time: thank them and offer to leave.</source>
        <translation>Temps dépassé&#xa0;: remerciez votre interlocuteur et proposez de vous retirer.</translation>
    </message>
    <message>
        <source>Time to ask for two names.</source>
        <translation>C&apos;est le moment de demander deux noms.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Who are you meeting?</source>
        <translation>Qui rencontrez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>What you want to learn from them</source>
        <translation>Ce que vous voulez apprendre de cette personne</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Modèle d&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Replace with the template</source>
        <translation>Remplacer par le modèle</translation>
    </message>
    <message>
        <source>Save this agenda as the template</source>
        <translation>Enregistrer cet ordre du jour comme modèle</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Avec&#xa0;:</translation>
    </message>
    <message>
        <source>Also wi&amp;th:</source>
        <translation>Aussi a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>Ordre du &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;lanned length:</source>
        <translation>Durée &amp;prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Compte à rebours&#xa0;:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>When the meeting ended; sets the actual length</source>
        <translation>L&apos;heure de fin de la rencontre&#xa0;; elle fixe la durée réelle</translation>
    </message>
    <message>
        <source>ended at</source>
        <translation>terminée à</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Mises en relation</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>What came of it, in a line</source>
        <translation>Ce qui en est ressorti, en une ligne</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Après la rencontre</translation>
    </message>
    <message>
        <source>A&amp;ctual length:</source>
        <translation>Durée &amp;réelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Help received:</source>
        <translation>Aide reçue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Bilan&#xa0;:</translation>
    </message>
    <message>
        <source>Thank-you note:</source>
        <translation>Mot de remerciement&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Relance&#xa0;:</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Poste&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reason to call</source>
        <translation>Raison d&apos;appeler</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>&amp;Supprimer la rencontre</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>La rencontre ne peut pas se terminer avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>New meeting with {name}</source>
        <translation>Nouvelle rencontre avec {name}</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle rencontre</translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation>Rencontre avec {name}</translation>
    </message>
    <message>
        <source>Save this meeting?</source>
        <translation>Enregistrer cette rencontre&#xa0;?</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>L&apos;enregistrer quand même&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>&amp;Go back and change it</source>
        <translation>&amp;Revenir et modifier</translation>
    </message>
    <message>
        <source>Choose the posting from the list, or untick it.</source>
        <translation>Choisissez l&apos;offre d&apos;emploi dans la liste, ou décochez la case.</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>l&apos;enregistrement de la rencontre</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>l&apos;ajout de la rencontre</translation>
    </message>
    <message>
        <source>The meeting was not saved.</source>
        <translation>La rencontre n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Delete this meeting?</source>
        <translation>Supprimer cette rencontre&#xa0;?</translation>
    </message>
    <message>
        <source>The meeting and its thank-you and follow-up tasks are deleted. The people they referred you to stay in your contacts.</source>
        <translation>La rencontre et ses tâches de remerciement et de relance sont supprimées. Les personnes qu&apos;on vous y a recommandées restent dans vos contacts.</translation>
    </message>
    <message>
        <source>&amp;Delete this meeting</source>
        <translation>&amp;Supprimer cette rencontre</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conserver cette rencontre</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>la suppression de la rencontre</translation>
    </message>
    <message>
        <source>The meeting was not deleted.</source>
        <translation>La rencontre n&apos;a pas été supprimée.</translation>
    </message>
    <message>
        <source>Discard this meeting?</source>
        <translation>Abandonner cette rencontre&#xa0;?</translation>
    </message>
    <message>
        <source>You have changed this meeting. Close without saving?</source>
        <translation>Vous avez modifié cette rencontre. Fermer sans enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>Name they gave</source>
        <translation>Nom donné</translation>
    </message>
    <message>
        <source>Why you should talk to them</source>
        <translation>Pourquoi lui parler</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>Who at the meeting gave you this name</source>
        <translation>Qui, lors de la rencontre, vous a donné ce nom</translation>
    </message>
    <message>
        <source>Calls ahead</source>
        <translation>Appelle avant vous</translation>
    </message>
    <message>
        <source>They will call to introduce you first</source>
        <translation>Cette personne appellera d&apos;abord pour vous présenter</translation>
    </message>
    <message>
        <source>Remove this name</source>
        <translation>Retirer ce nom</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>In your contacts</source>
        <translation>Dans vos contacts</translation>
    </message>
    <message>
        <source>This meeting becomes how you were referred to them</source>
        <translation>Cette rencontre devient l&apos;origine de votre recommandation auprès de cette personne</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>A contact is created for this name when you save</source>
        <translation>Un contact est créé pour ce nom à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Add someone else who was there</source>
        <translation>Ajouter une autre personne présente</translation>
    </message>
    <message>
        <source>Add this person to the meeting</source>
        <translation>Ajouter cette personne à la rencontre</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Also attending</source>
        <translation>Également présents</translation>
    </message>
    <message>
        <source>&amp;Remove from the meeting</source>
        <translation>Retirer de la renc&amp;ontre</translation>
    </message>
    <message>
        <source>{name} is already at this meeting.</source>
        <translation>{name} participe déjà à cette rencontre.</translation>
    </message>
    <message>
        <source>Choose someone from your contacts.</source>
        <translation>Choisissez quelqu&apos;un parmi vos contacts.</translation>
    </message>
</context>
<context>
    <name>MeetingKindHints</name>
    <message>
        <source>A short talk to learn where the openings are and to ask for two names: it is not a request for a job.</source>
        <translation>Une courte discussion pour savoir où sont les postes à pourvoir et pour demander deux noms&#xa0;: ce n&apos;est pas une demande d&apos;emploi.</translation>
    </message>
    <message>
        <source>A short talk to learn how a career or a company really works, before you decide to pursue it.</source>
        <translation>Une courte discussion pour découvrir comment un métier ou une entreprise fonctionne vraiment, avant de décider de vous y engager.</translation>
    </message>
    <message>
        <source>You approach a decision-maker directly about a need you could meet, without a posting.</source>
        <translation>Vous abordez directement un décideur au sujet d&apos;un besoin auquel vous pourriez répondre, sans offre d&apos;emploi publiée.</translation>
    </message>
    <message>
        <source>A job interview for a position: prepare for their questions.</source>
        <translation>Un entretien d&apos;embauche pour un poste&#xa0;: préparez-vous à leurs questions.</translation>
    </message>
    <message>
        <source>A group event (fair, association, conference): meet people, collect names.</source>
        <translation>Un événement collectif (salon, association, conférence)&#xa0;: rencontrez des gens, recueillez des noms.</translation>
    </message>
</context>
<context>
    <name>MeetingsIntegration</name>
    <message>
        <source>&amp;Log meeting...</source>
        <translation>&amp;Noter une rencontre...</translation>
    </message>
    <message>
        <source>Plan or record a meeting with the current contact</source>
        <translation>Prévoir ou consigner une rencontre avec le contact actuel</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)...</source>
        <translation>Exporter le &amp;calendrier (.ics)...</translation>
    </message>
    <message>
        <source>Meetings and follow-ups as a file for your calendar application</source>
        <translation>Les rencontres et relances dans un fichier pour votre application d&apos;agenda</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {company}</source>
        <translation>Fusionner {company}</translation>
    </message>
    <message>
        <source>Merge {company} into:</source>
        <translation>Fusionner {company} dans&#xa0;:</translation>
    </message>
    <message>
        <source>The company to keep</source>
        <translation>L&apos;entreprise à conserver</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>That is the company being merged.</source>
        <translation>C&apos;est l&apos;entreprise que vous fusionnez.</translation>
    </message>
    <message>
        <source>There is no company called {name}.</source>
        <translation>Aucune entreprise ne s&apos;appelle {name}.</translation>
    </message>
    <message numerus="yes">
        <source>people who work there: %Ln</source>
        <translation>
            <numerusform>personnes qui y travaillent&#xa0;: %Ln</numerusform>
            <numerusform>personnes qui y travaillent&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>people who used to work there: %Ln</source>
        <translation>
            <numerusform>personnes qui y ont travaillé&#xa0;: %Ln</numerusform>
            <numerusform>personnes qui y ont travaillé&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>postings: %Ln</source>
        <translation>
            <numerusform>offres d&apos;emploi&#xa0;: %Ln</numerusform>
            <numerusform>offres d&apos;emploi&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>other names: %Ln</source>
        <translation>
            <numerusform>autres noms&#xa0;: %Ln</numerusform>
            <numerusform>autres noms&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>{other} becomes part of {keep}, and “{other}” another name of {keep}.
Moving to {keep}: {moves}.
You can undo this.</source>
        <translation>{other} est rattachée à {keep}, et «&#xa0;{other}&#xa0;» devient un autre nom de {keep}.
Passent à {keep}&#xa0;: {moves}.
Vous pourrez annuler cette opération.</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>la fusion de {other} dans {keep}</translation>
    </message>
    <message>
        <source>{other} is now part of {keep}.</source>
        <translation>{other} fait désormais partie de {keep}.</translation>
    </message>
    <message>
        <source>The companies were not merged.</source>
        <translation>Les entreprises n&apos;ont pas été fusionnées.</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln rencontre</numerusform>
            <numerusform>%Ln rencontres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls, e-mails, notes</source>
        <translation>
            <numerusform>%Ln appel, courriel ou note</numerusform>
            <numerusform>%Ln appels, courriels, notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln tâche</numerusform>
            <numerusform>%Ln tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln favours</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people they referred</source>
        <translation>
            <numerusform>%Ln personne recommandée</numerusform>
            <numerusform>%Ln personnes recommandées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagePlaceholders</name>
    <message>
        <source>The contact&apos;s first name.</source>
        <translation>Le prénom du contact.</translation>
    </message>
    <message>
        <source>The contact&apos;s full name.</source>
        <translation>Le nom complet du contact.</translation>
    </message>
    <message>
        <source>The contact&apos;s company or organization.</source>
        <translation>L&apos;entreprise ou l&apos;organisation du contact.</translation>
    </message>
    <message>
        <source>The contact&apos;s job title.</source>
        <translation>La fonction du contact.</translation>
    </message>
    <message>
        <source>The full name of whoever suggested you contact them.</source>
        <translation>Le nom complet de la personne qui vous a recommandé ce contact.</translation>
    </message>
    <message>
        <source>The first name of whoever referred them.</source>
        <translation>Le prénom de la personne qui vous a recommandé ce contact.</translation>
    </message>
    <message>
        <source>Why the referrer suggested them, as you would repeat it (“she told me you know everyone in logistics”).</source>
        <translation>Pourquoi l&apos;intermédiaire vous a recommandé ce contact, tel que vous le rapporteriez («&#xa0;elle m’a dit que vous connaissez tout le monde dans la logistique&#xa0;»).</translation>
    </message>
    <message>
        <source>Your own name, as set in Settings.</source>
        <translation>Votre propre nom, tel que défini dans les Paramètres.</translation>
    </message>
    <message>
        <source>What you would like to talk about, as it would end the sentence “I’d value your thoughts on …” (“how planning teams work with carriers”).</source>
        <translation>Le sujet dont vous aimeriez parler, tel qu&apos;il terminerait la phrase «&#xa0;j’aimerais beaucoup avoir votre avis sur …&#xa0;» («&#xa0;la façon dont les équipes de planification travaillent avec les transporteurs&#xa0;»).</translation>
    </message>
    <message>
        <source>How many minutes you ask for: the meeting&apos;s planned length, 15 unless you set another.</source>
        <translation>Le nombre de minutes que vous demandez&#xa0;: la durée prévue de la rencontre, 15 sauf si vous en fixez une autre.</translation>
    </message>
    <message>
        <source>The day of the meeting.</source>
        <translation>Le jour de la rencontre.</translation>
    </message>
    <message>
        <source>What they gave you at the meeting (information, names, introductions, referrals), as it would end “I’m grateful for …”.</source>
        <translation>Ce que cette personne vous a apporté lors de la rencontre (informations, noms, mises en relation, recommandations), tel que cela terminerait «&#xa0;Je vous remercie tout particulièrement pour …&#xa0;».</translation>
    </message>
    <message>
        <source>What the contact is good at, as it would end “someone who needs help with …”.</source>
        <translation>Ce en quoi le contact excelle, tel que cela terminerait «&#xa0;quelqu’un qui a besoin d’aide pour …&#xa0;».</translation>
    </message>
    <message>
        <source>What the contact needs, as it would end “you were looking for …”.</source>
        <translation>Ce dont le contact a besoin, tel que cela terminerait «&#xa0;vous cherchiez …&#xa0;».</translation>
    </message>
    <message>
        <source>The title of the job (the posting).</source>
        <translation>L&apos;intitulé du poste (de l&apos;offre d&apos;emploi).</translation>
    </message>
    <message>
        <source>The company of the job (the posting).</source>
        <translation>L&apos;entreprise qui propose le poste (l&apos;offre d&apos;emploi).</translation>
    </message>
    <message>
        <source>Everyone along the chain of introductions that led to the job, in order.</source>
        <translation>Toutes les personnes de la chaîne de présentations qui a mené à ce poste, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>the information you shared</source>
        <translation>les informations que vous m’avez transmises</translation>
    </message>
    <message>
        <source>the names you suggested</source>
        <translation>les noms que vous m’avez suggérés</translation>
    </message>
    <message>
        <source>the introductions</source>
        <translation>les mises en relation</translation>
    </message>
    <message>
        <source>the referrals</source>
        <translation>les recommandations</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>Ask for a meeting: look for leads</source>
        <translation>Demander une rencontre&#xa0;: chercher des pistes</translation>
    </message>
    <message>
        <source>[[if referrer_name]]{referrer_name} suggested I get in touch[[else]]{minutes} minutes of your advice?[[end]]</source>
        <translation>[[if referrer_name]]{referrer_name} m’a suggéré de vous contacter[[else]]{minutes} minutes pour un conseil&#xa0;?[[end]]</translation>
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
        <translation>Bonjour {first_name},

[[if referrer_name]]
{referrer_name} m’a suggéré de vous contacter[[if referral_reason]]&#xa0;: {referral_reason}[[end]].

[[end]]
Je cherche mon prochain poste et j’essaie de repérer les opportunités avant qu’elles ne soient publiées. [[if company]]Depuis votre poste chez {company}, vous[[else]]Vous[[end]] avez une bien meilleure vue d’ensemble du secteur que celle que je peux avoir de l’extérieur[[if purpose]], et j’aimerais beaucoup avoir votre avis sur {purpose}[[end]].

Je ne vous demande pas de poste, et je ne m’attends pas à ce que vous en connaissiez un. Pourriez-vous m’accorder {minutes} minutes dans les deux semaines à venir, par téléphone ou autour d’un café&#xa0;? J’aimerais savoir comment vous voyez le secteur et à qui d’autre, selon vous, je devrais parler. Je m’engage à respecter le temps prévu.

Merci d’avance de l’attention que vous porterez à ma demande.

Bien cordialement,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Ask for a meeting: learn about a career or company</source>
        <translation>Demander une rencontre&#xa0;: découvrir un métier ou une entreprise</translation>
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
        <translation>Bonjour {first_name},

[[if referrer_name]]
{referrer_name} m’a suggéré de vous contacter[[if referral_reason]]&#xa0;: {referral_reason}[[end]].

[[end]]
J’essaie d’en apprendre le plus possible sur [[if purpose]]{purpose}[[else]]votre domaine[[end]][[if company]], et sur {company} en particulier,[[end]] avant de décider de la suite de ma carrière. Votre expérience[[if title]] comme {title}[[end]] m’aiderait à voir ce métier tel qu’il se pratique vraiment.

Il ne s’agit pas d’une demande d’emploi&#xa0;: je souhaite simplement mieux comprendre ce métier. Pourriez-vous m’accorder {minutes} minutes dans les deux semaines à venir, par téléphone ou autour d’un café&#xa0;? Je m’engage à respecter le temps prévu.

Merci d’avance de l’attention que vous porterez à ma demande.

Bien cordialement,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Opening line to someone you were referred to</source>
        <translation>Phrase d&apos;accroche pour une personne qui vous a été recommandée</translation>
    </message>
    <message>
        <source>{referrer_name} suggested I get in touch</source>
        <translation>{referrer_name} m’a suggéré de vous contacter</translation>
    </message>
    <message>
        <source>Hi {first_name}[[if my_name]], this is {my_name}[[end]]. {referrer_name} suggested I give you a call[[if referral_reason]]: {referral_reason}[[end]]. Could you spare {minutes} minutes for a few questions, now or at a time that suits you better? I’m not asking for a job, only for your advice.</source>
        <translation>Bonjour {first_name}[[if my_name]], je m’appelle {my_name}[[end]]. {referrer_name} m’a suggéré de vous appeler[[if referral_reason]]&#xa0;: {referral_reason}[[end]]. Auriez-vous {minutes} minutes pour quelques questions, maintenant ou quand cela vous arrange&#xa0;? Je ne demande pas d’emploi, juste vos conseils.</translation>
    </message>
    <message>
        <source>Ask the referrer to call ahead</source>
        <translation>Demander à l&apos;intermédiaire d&apos;appeler avant vous</translation>
    </message>
    <message>
        <source>Thank you for suggesting {name}</source>
        <translation>Merci de m’avoir recommandé {name}</translation>
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
        <translation>Bonjour {referrer_first_name},

Merci encore de m’avoir suggéré de parler à {name}[[if company]] chez {company}[[end]]. Je compte prendre contact dans les prochains jours.

Accepteriez-vous de prévenir {first_name} de mon appel&#xa0;? Un petit mot de votre part changerait tout&#xa0;: {first_name} saura qui je suis et pourquoi j’appelle.

Je vous tiendrai au courant de la suite.

Merci d’avance,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Thank-you note after a meeting</source>
        <translation>Mot de remerciement après une rencontre</translation>
    </message>
    <message>
        <source>Thank you for your time</source>
        <translation>Merci pour votre temps</translation>
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
        <translation>Bonjour {first_name},

Merci d’avoir pris le temps d’échanger avec moi[[if meeting_date]] le {meeting_date}[[end]]. [[if help_given]]Je vous remercie tout particulièrement pour {help_given}.[[else]]Je repars avec une idée bien plus claire de la direction à prendre.[[end]]

[[if referrer_first_name]]Je dirai à {referrer_first_name} combien votre aide m’a été précieuse, et je vous[[else]]Je vous[[end]] tiendrai au courant de la suite.

Avec mes remerciements,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Follow-up nudge</source>
        <translation>Relance amicale</translation>
    </message>
    <message>
        <source>[[if meeting_date]]Following up on our conversation[[else]]Following up: {minutes} minutes of your advice?[[end]]</source>
        <translation>[[if meeting_date]]Suite à notre échange[[else]]Petite relance&#xa0;: {minutes} minutes pour un conseil&#xa0;?[[end]]</translation>
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
        <translation>Bonjour {first_name},

[[if meeting_date]]
Merci encore pour notre échange du {meeting_date}. J’ai donné suite à vos suggestions et je voulais vous dire où j’en suis&#xa0;: je cherche toujours, et si vous pensez à d’autres personnes à qui je devrais parler, n’hésitez pas à me le dire.
[[else]]
Je vous ai écrit il y a quelque temps[[if referrer_name]], comme me l’avait suggéré {referrer_name},[[end]] pour vous demander {minutes} minutes de vos conseils. Je sais combien les boîtes de réception débordent vite&#xa0;; je me permets donc de vous relancer, une seule fois.

Si le moment est mal choisi, je le comprends tout à fait. Le nom d’une autre personne à qui je pourrais parler m’aiderait tout autant.
[[end]]

Bien cordialement,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Check in: anything I can do for you?</source>
        <translation>Prendre des nouvelles&#xa0;: puis-je vous rendre service&#xa0;?</translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation>Quelques nouvelles</translation>
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
        <translation>Bonjour {first_name},

Cela fait un moment que nous ne nous sommes pas parlé, et je voulais prendre de vos nouvelles et vous remercier encore pour votre aide.

[[if their_needs]]
Vous m’aviez dit que vous cherchiez {their_needs}. Je le garde en tête, et si je croise quelque chose ou quelqu’un d’utile, je vous le ferai savoir.

[[end]]
[[if good_at]]
Chaque fois que je rencontrerai quelqu’un qui a besoin d’aide pour {good_at}, je lui parlerai de vous.

[[end]]
Puis-je faire quelque chose pour vous&#xa0;? Je vous rendrais volontiers la pareille.

Bien cordialement,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>I found a job: thank you</source>
        <translation>J&apos;ai trouvé un emploi&#xa0;: merci</translation>
    </message>
    <message>
        <source>Good news, and thank you</source>
        <translation>Une bonne nouvelle, et un grand merci</translation>
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
        <translation>Bonjour {first_name},

J’ai le plaisir de vous annoncer que j’ai accepté [[if posting_title]]un poste comme {posting_title}[[else]]un nouveau poste[[end]][[if posting_company]] chez {posting_company}[[end]].

[[if helpers]]
Tout est parti d’une chaîne de personnes dont chacune m’a indiqué la suivante&#xa0;: {helpers}. Votre rôle a compté, et je vous en remercie du fond du cœur.
[[else]]
Vos conseils et vos encouragements y ont contribué, et je vous en remercie du fond du cœur.
[[end]]

Restons en contact, et n’hésitez pas à me faire signe si je peux un jour vous rendre la pareille.

Avec toute ma gratitude,
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>The parts of NetDesk: Up and Down switch pages, Enter goes into the page</source>
        <translation>Les parties de NetDesk&#xa0;: les flèches Haut et Bas changent de page, Entrée va dans la page</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Show the {page} page</source>
        <translation>Afficher la page «&#xa0;{page}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Neglected</name>
    <message>
        <source>&amp;Who have I neglected?</source>
        <translation>&amp;Qui ai-je négligé&#xa0;?</translation>
    </message>
    <message>
        <source>Everyone due to keep in touch with, the most overdue first</source>
        <translation>Toutes les personnes à recontacter pour garder le contact, les plus en retard d&apos;abord</translation>
    </message>
    <message>
        <source>Log call with {name}</source>
        <translation>l&apos;enregistrement de l&apos;appel avec {name}</translation>
    </message>
    <message>
        <source>Call with {name} logged.</source>
        <translation>Appel avec {name} noté.</translation>
    </message>
    <message>
        <source>The call was not logged.</source>
        <translation>L&apos;appel n&apos;a pas été noté.</translation>
    </message>
</context>
<context>
    <name>NeglectedDialog</name>
    <message>
        <source>Who have I neglected?</source>
        <translation>Qui ai-je négligé&#xa0;?</translation>
    </message>
    <message>
        <source>People to keep in touch with</source>
        <translation>Personnes avec qui garder le contact</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Show in Contacts</source>
        <translation>Afficher dans les &amp;contacts</translation>
    </message>
    <message>
        <source>Select this person in the contact table</source>
        <translation>Sélectionner cette personne dans le tableau des contacts</translation>
    </message>
    <message>
        <source>Log a &amp;call</source>
        <translation>Noter un &amp;appel</translation>
    </message>
    <message>
        <source>Log a call with this person now</source>
        <translation>Noter maintenant un appel avec cette personne</translation>
    </message>
    <message>
        <source>C&amp;ompose...</source>
        <translation>&amp;Rédiger...</translation>
    </message>
    <message>
        <source>Write to this person from a template</source>
        <translation>Écrire à cette personne à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Lecture...</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>Impossible de lire la liste&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Nobody is due: you are in touch with everyone.</source>
        <translation>Personne à recontacter&#xa0;: vous gardez le contact avec tout le monde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people to keep in touch with, the most overdue first.</source>
        <translation>
            <numerusform>%Ln personne avec qui garder le contact, les plus en retard d&apos;abord.</numerusform>
            <numerusform>%Ln personnes avec qui garder le contact, les plus en retard d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {shown}.</source>
        <translation>{shown} affichées.</translation>
    </message>
</context>
<context>
    <name>NeglectedModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À recontacter</translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation>À recontacter depuis le {day}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>à recontacter aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>overdue %Ln days</source>
        <translation>
            <numerusform>en retard de %Ln jour</numerusform>
            <numerusform>en retard de %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkNumbers</name>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réseau&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Calcul en cours...</translation>
    </message>
    <message>
        <source>Numbers unavailable: {error}</source>
        <translation>Chiffres indisponibles&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No meetings held yet: each one should bring {goal} new names.</source>
        <translation>Aucune rencontre tenue pour l&apos;instant&#xa0;: chacune devrait rapporter {goal} nouveaux noms.</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>sous l&apos;objectif</translation>
    </message>
    <message>
        <source>{per} referrals per meeting (goal {goal}, {verdict}): {referrals} from {meetings} meetings.</source>
        <translation>Recommandations par rencontre&#xa0;: {per} (objectif {goal}, {verdict})&#xa0;; recommandations&#xa0;: {referrals}, rencontres&#xa0;: {meetings}.</translation>
    </message>
    <message numerus="yes">
        <source>, ... (%Ln more generations)</source>
        <translation>
            <numerusform>, ... (%Ln génération de plus)</numerusform>
            <numerusform>, ... (%Ln générations de plus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln generations below the people you knew; people per generation: {sizes}.</source>
        <translation>
            <numerusform>%Ln génération sous les personnes que vous connaissiez&#xa0;; personnes par génération&#xa0;: {sizes}.</numerusform>
            <numerusform>%Ln générations sous les personnes que vous connaissiez&#xa0;; personnes par génération&#xa0;: {sizes}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageImport</name>
    <message>
        <source>the pasted text</source>
        <translation>Texte collé</translation>
    </message>
    <message>
        <source>{file} holds no posting data that NetDesk can read, so the form is filled from its title and address. Type the company and check the rest.</source>
        <translation>{file}&#xa0;: aucune donnée d&apos;offre d&apos;emploi lisible par NetDesk, le formulaire est donc rempli à partir du titre et de l&apos;adresse. Saisissez l&apos;entreprise et vérifiez le reste.</translation>
    </message>
    <message>
        <source>No job page read</source>
        <translation>Aucune page d&apos;offre d&apos;emploi lue</translation>
    </message>
    <message>
        <source>Save the posting from your browser with “Save page as…” (a web page, .html), then open that file.</source>
        <translation>Enregistrez l&apos;offre d&apos;emploi depuis votre navigateur avec «&#xa0;Enregistrer sous…&#xa0;» (page web, .html), puis ouvrez ce fichier.</translation>
    </message>
</context>
<context>
    <name>PageImportDialog</name>
    <message>
        <source>Import job postings</source>
        <translation>Importer des offres d&apos;emploi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings read. Check them: correct a cell by typing in it, untick what you do not want, then import.</source>
        <translation>
            <numerusform>%Ln offre d&apos;emploi lue. Vérifiez-la&#xa0;: corrigez une cellule en tapant dedans, décochez-la si vous n&apos;en voulez pas, puis importez.</numerusform>
            <numerusform>%Ln offres d&apos;emploi lues. Vérifiez-les&#xa0;: corrigez une cellule en tapant dedans, décochez ce que vous ne voulez pas, puis importez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Postuler avant le</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Postings read from the pages</source>
        <translation>Offres d&apos;emploi lues dans les pages</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>{file} was not read: {reason}</source>
        <translation>{file} n&apos;a pas été lu&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Skipped on the pages (%Ln):</source>
        <translation>
            <numerusform>Ignoré dans les pages (%Ln)&#xa0;:</numerusform>
            <numerusform>Ignorés dans les pages (%Ln)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln postings</source>
        <translation>
            <numerusform>&amp;Importer %Ln offre d&apos;emploi</numerusform>
            <numerusform>&amp;Importer %Ln offres d&apos;emploi</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>{file} holds no posting data.</source>
        <translation>{file} ne contient aucune donnée d&apos;offre d&apos;emploi.</translation>
    </message>
    <message>
        <source>Fill in a &amp;form…</source>
        <translation>Remplir un &amp;formulaire…</translation>
    </message>
    <message>
        <source>Add the posting by hand, starting from the page&apos;s title</source>
        <translation>Ajouter l&apos;offre d&apos;emploi à la main, à partir du titre de la page</translation>
    </message>
    <message>
        <source>Already in your postings</source>
        <translation>Déjà dans vos offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Type the company</source>
        <translation>Saisissez l&apos;entreprise</translation>
    </message>
    <message>
        <source>Type the title</source>
        <translation>Saisissez l&apos;intitulé</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Nouvelle offre d&apos;emploi</translation>
    </message>
    <message>
        <source>A ticked posting needs a title and a company: type them, or untick it.</source>
        <translation>Une offre d&apos;emploi cochée doit avoir un intitulé et une entreprise&#xa0;: saisissez-les, ou décochez-la.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The postings were not imported.</source>
        <translation>Les offres d&apos;emploi n&apos;ont pas été importées.</translation>
    </message>
</context>
<context>
    <name>PairRows</name>
    <message>
        <source>Pick a label from the list or type your own</source>
        <translation>Choisissez un libellé dans la liste ou tapez le vôtre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>PastEmployers</name>
    <message>
        <source>A company they used to work for</source>
        <translation>Une entreprise où cette personne a travaillé</translation>
    </message>
    <message>
        <source>Past employer to add</source>
        <translation>Ancien employeur à ajouter</translation>
    </message>
    <message>
        <source>Add this past employer</source>
        <translation>Ajouter cet ancien employeur</translation>
    </message>
    <message>
        <source>Past employers, most recent first</source>
        <translation>Anciens employeurs, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Move up (more recent)</source>
        <translation>Monter (plus récent)</translation>
    </message>
    <message>
        <source>Move down (longer ago)</source>
        <translation>Descendre (plus ancien)</translation>
    </message>
    <message>
        <source>Remove this past employer</source>
        <translation>Retirer cet ancien employeur</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste a posting</source>
        <translation>Coller une offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Copy the posting in your browser (its words, or the page&apos;s source with Ctrl+U) and paste it here with its address. NetDesk reads it here; it fetches nothing from the internet.</source>
        <translation>Copiez l&apos;offre d&apos;emploi dans votre navigateur (son texte, ou le code source de la page avec Ctrl+U) et collez-la ici avec son adresse. NetDesk la lit ici&#xa0;; rien n&apos;est téléchargé depuis Internet.</translation>
    </message>
    <message>
        <source>https://… (the posting&apos;s address)</source>
        <translation>https://… (l&apos;adresse de l&apos;offre d&apos;emploi)</translation>
    </message>
    <message>
        <source>Paste the posting&apos;s text or the page&apos;s source</source>
        <translation>Collez le texte de l&apos;offre d&apos;emploi ou le code source de la page</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <source>The address must be a web address starting with http:// or https://.</source>
        <translation>L&apos;adresse doit être une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>Paste the posting&apos;s text, or its address.</source>
        <translation>Collez le texte de l&apos;offre d&apos;emploi, ou son adresse.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>PastePosting</name>
    <message>
        <source>The text holds no posting data that NetDesk can read: the title is its first line. Type the company and check the rest.</source>
        <translation>Le texte ne contient aucune donnée d&apos;offre d&apos;emploi lisible par NetDesk&#xa0;: sa première ligne sert d&apos;intitulé. Saisissez l&apos;entreprise et vérifiez le reste.</translation>
    </message>
</context>
<context>
    <name>PathToMe</name>
    <message>
        <source>Copy opening line</source>
        <translation>Copier la phrase d&apos;accroche</translation>
    </message>
    <message>
        <source>&lt;b&gt;Path to me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chemin jusqu&apos;à moi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select someone to see how you came to know them.</source>
        <translation>Sélectionnez une personne pour voir comment vous l&apos;avez connue.</translation>
    </message>
    <message>
        <source>No introduction needed: you know {name} already.</source>
        <translation>Aucune présentation nécessaire&#xa0;: vous connaissez déjà {name}.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln rencontre</numerusform>
            <numerusform>%Ln rencontres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln relance</numerusform>
            <numerusform>%Ln relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation>
            <numerusform>%Ln autre erreur s&apos;est produite depuis.</numerusform>
            <numerusform>%Ln autres erreurs se sont produites depuis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>la suppression de %Ln contact</numerusform>
            <numerusform>la suppression de %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contacts into {name}</source>
        <translation>
            <numerusform>la fusion de %Ln contact dans {name}</numerusform>
            <numerusform>la fusion de %Ln contacts dans {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not duplicates (%Ln contacts)</source>
        <translation>
            <numerusform>«&#xa0;pas des doublons&#xa0;» (%Ln contact)</numerusform>
            <numerusform>«&#xa0;pas des doublons&#xa0;» (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more rows</source>
        <translation>
            <numerusform>... et %Ln ligne de plus</numerusform>
            <numerusform>... et %Ln lignes de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln postings</source>
        <translation>
            <numerusform>l&apos;import de %Ln offre d&apos;emploi</numerusform>
            <numerusform>l&apos;import de %Ln offres d&apos;emploi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings imported.</source>
        <translation>
            <numerusform>%Ln offre d&apos;emploi importée.</numerusform>
            <numerusform>%Ln offres d&apos;emploi importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be read as saved job pages:</source>
        <translation>
            <numerusform>%Ln fichier n&apos;a pas pu être lu comme page d&apos;offre d&apos;emploi enregistrée&#xa0;:</numerusform>
            <numerusform>%Ln fichiers n&apos;ont pas pu être lus comme pages d&apos;offres d&apos;emploi enregistrées&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln job pages…</source>
        <translation>
            <numerusform>Lecture de %Ln page d&apos;offre d&apos;emploi…</numerusform>
            <numerusform>Lecture de %Ln pages d&apos;offres d&apos;emploi…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settle %Ln sync conflicts</source>
        <translation>
            <numerusform>la résolution de %Ln conflit de synchronisation</numerusform>
            <numerusform>la résolution de %Ln conflits de synchronisation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingBoard</name>
    <message>
        <source>Postings board</source>
        <translation>Tableau des offres d&apos;emploi</translation>
    </message>
</context>
<context>
    <name>PostingEditor</name>
    <message>
        <source>Posting: {title}</source>
        <translation>Offre d&apos;emploi&#xa0;: {title}</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Nouvelle offre d&apos;emploi</translation>
    </message>
    <message>
        <source>The employer, e.g. Globex</source>
        <translation>L&apos;employeur, par ex. Globex</translation>
    </message>
    <message>
        <source>The job&apos;s title, as the posting says it</source>
        <translation>L&apos;intitulé du poste, tel que l&apos;offre l&apos;indique</translation>
    </message>
    <message>
        <source>https://… (where the posting is)</source>
        <translation>https://… (l&apos;adresse de l&apos;offre d&apos;emploi)</translation>
    </message>
    <message>
        <source>City, or Remote</source>
        <translation>Ville, ou Télétravail</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Postuler avant le</translation>
    </message>
    <message>
        <source>What the job is about, why it suits you, whom to ask…</source>
        <translation>En quoi consiste le poste, pourquoi il vous correspond, à qui demander…</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Lien&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>Lie&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seen on:</source>
        <translation>Re&amp;pérée le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Date limite&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historique des étapes</translation>
    </message>
    <message>
        <source>People linked to it</source>
        <translation>Personnes associées</translation>
    </message>
    <message>
        <source>Who do I know there?</source>
        <translation>Qui connaissez-vous là-bas&#xa0;?</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Add posting</source>
        <translation>&amp;Ajouter l&apos;offre d&apos;emploi</translation>
    </message>
    <message>
        <source>The posting</source>
        <translation>L&apos;offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Saving moves it from {old} to {new}, dated today.</source>
        <translation>L&apos;enregistrement la fait passer de «&#xa0;{old}&#xa0;» à «&#xa0;{new}&#xa0;», à la date d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Whom is the job with? Type the company.</source>
        <translation>Quel est l&apos;employeur&#xa0;? Saisissez l&apos;entreprise.</translation>
    </message>
    <message>
        <source>A posting needs a title.</source>
        <translation>Une offre d&apos;emploi doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>A title has at most {count} characters.</source>
        <translation>Un intitulé compte au plus {count} caractères.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with http:// or https://.</source>
        <translation>Le lien doit être une adresse web commençant par http:// ou https://.</translation>
    </message>
    <message>
        <source>The deadline is before the day it was posted ({day}).</source>
        <translation>La date limite est antérieure à la date de publication ({day}).</translation>
    </message>
    <message>
        <source>Add posting “{title}”</source>
        <translation>l&apos;ajout de l&apos;offre d&apos;emploi «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit posting “{title}”</source>
        <translation>la modification de l&apos;offre d&apos;emploi «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Posting “{title}” at {company} added.</source>
        <translation>Offre d&apos;emploi «&#xa0;{title}&#xa0;» chez {company} ajoutée.</translation>
    </message>
    <message>
        <source>Posting “{title}” saved.</source>
        <translation>Offre d&apos;emploi «&#xa0;{title}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>The posting was not saved.</source>
        <translation>L&apos;offre d&apos;emploi n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>That posting is no longer there (deleted in another window?).</source>
        <translation>Cette offre d&apos;emploi n&apos;existe plus (supprimée dans une autre fenêtre&#xa0;?).</translation>
    </message>
</context>
<context>
    <name>PostingTableModel</name>
    <message numerus="yes">
        <source>%Ln days since the last step</source>
        <translation>
            <numerusform>%Ln jour depuis la dernière avancée</numerusform>
            <numerusform>%Ln jours depuis la dernière avancée</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline is close or past</source>
        <translation>La date limite est proche ou dépassée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Repérée le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernière avancée</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>PostingsEmptyState</name>
    <message>
        <source>Follow every opportunity to a person</source>
        <translation>Pour chaque offre, trouvez la bonne personne</translation>
    </message>
    <message>
        <source>Keep the postings you find here and move each one along as it goes: seen, researching, introduced, applied, interviewing, offer. As you add one, think of who you know at that employer: an introduction from a friend or a former co-worker is the surest way to stand out.</source>
        <translation>Gardez ici les offres d&apos;emploi que vous trouvez et faites avancer chacune au fil des étapes&#xa0;: repérée, à l&apos;étude, recommandation obtenue, candidature envoyée, en entretien, offre reçue. Quand vous en ajoutez une, pensez à qui vous connaissez chez cet employeur&#xa0;: être présenté par un ami ou un ancien collègue est le moyen le plus sûr de vous démarquer.</translation>
    </message>
    <message>
        <source>Add a posting</source>
        <translation>Ajouter une offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Open a saved job page</source>
        <translation>Ouvrir une page d&apos;offre enregistrée</translation>
    </message>
    <message>
        <source>A page saved from your browser with Save page as (.html or .htm)</source>
        <translation>Une page enregistrée depuis votre navigateur avec «&#xa0;Enregistrer sous&#xa0;» (.html ou .htm)</translation>
    </message>
    <message>
        <source>Paste a posting</source>
        <translation>Coller une offre d&apos;emploi</translation>
    </message>
    <message>
        <source>You can also drop saved job pages here.</source>
        <translation>Vous pouvez aussi déposer ici des pages d&apos;offres enregistrées.</translation>
    </message>
</context>
<context>
    <name>PostingsPage</name>
    <message>
        <source>Postings</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Nouvelle offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add a posting by hand (Ctrl+Shift+N)</source>
        <translation>Ajouter une offre d&apos;emploi à la main (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Open job page...</source>
        <translation>Ouvrir une page d&apos;offre...</translation>
    </message>
    <message>
        <source>Read postings from web pages saved with your browser&apos;s Save page as</source>
        <translation>Lire des offres d&apos;emploi dans des pages web enregistrées avec «&#xa0;Enregistrer sous&#xa0;» de votre navigateur</translation>
    </message>
    <message>
        <source>Paste posting...</source>
        <translation>Coller une offre d&apos;emploi...</translation>
    </message>
    <message>
        <source>Paste a posting&apos;s address and text</source>
        <translation>Coller l&apos;adresse et le texte d&apos;une offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Search title, company or location</source>
        <translation>Rechercher un intitulé, une entreprise ou un lieu</translation>
    </message>
    <message>
        <source>Search postings</source>
        <translation>Rechercher des offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Show only the postings at these stages</source>
        <translation>N&apos;afficher que les offres d&apos;emploi à ces étapes</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings found</source>
        <translation>
            <numerusform>%Ln offre d&apos;emploi trouvée</numerusform>
            <numerusform>%Ln offres d&apos;emploi trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings</source>
        <translation>
            <numerusform>%Ln offre d&apos;emploi</numerusform>
            <numerusform>%Ln offres d&apos;emploi</numerusform>
        </translation>
    </message>
    <message>
        <source>The postings could not be read: {error}</source>
        <translation>Impossible de lire les offres d&apos;emploi&#xa0;: {error}</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>Ouvrir le &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;Who do I know there?</source>
        <translation>&amp;Qui connaissez-vous là-bas&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Open saved job pages</source>
        <translation>Ouvrir des pages d&apos;offres enregistrées</translation>
    </message>
    <message>
        <source>Saved web pages (*.html *.htm)</source>
        <translation>Pages web enregistrées (*.html *.htm)</translation>
    </message>
    <message>
        <source>Move “{title}” to {stage}</source>
        <translation>le passage de «&#xa0;{title}&#xa0;» à l&apos;étape «&#xa0;{stage}&#xa0;»</translation>
    </message>
    <message>
        <source>Moved to {stage}.</source>
        <translation>Passée à l&apos;étape «&#xa0;{stage}&#xa0;».</translation>
    </message>
    <message>
        <source>The posting was not moved.</source>
        <translation>L&apos;offre d&apos;emploi n&apos;a pas été déplacée.</translation>
    </message>
    <message>
        <source>Delete posting</source>
        <translation>la suppression de l&apos;offre d&apos;emploi</translation>
    </message>
    <message>
        <source>Posting deleted. Undo brings it back.</source>
        <translation>Offre d&apos;emploi supprimée. Annuler la rétablit.</translation>
    </message>
    <message>
        <source>The posting was not deleted.</source>
        <translation>L&apos;offre d&apos;emploi n&apos;a pas été supprimée.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>Appearance, language, the weekly plan and reminders</source>
        <translation>Apparence, langue, programme de la semaine et rappels</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Same as the system</source>
        <translation>Comme le s&amp;ystème</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is set, and changes with it</source>
        <translation>Clair ou sombre selon le réglage du bureau, et change avec lui</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Texte foncé sur fond clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Texte clair sur fond sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of NetDesk&apos;s menus, pages and messages, and of its dates</source>
        <translation>La langue des menus, des pages et des messages de NetDesk, et de ses dates</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>NetDesk speaks the new language the next time it starts.</source>
        <translation>NetDesk utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Message &amp;templates...</source>
        <translation>&amp;Modèles de messages...</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>Edit, reset or add the templates Compose writes from, and your signature</source>
        <translation>Modifier, réinitialiser ou ajouter les modèles à partir desquels vos messages sont rédigés, et votre signature</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>Garder le contact</translation>
    </message>
    <message>
        <source>&amp;Keep-in-touch rhythms...</source>
        <translation>&amp;Rythmes pour garder le contact...</translation>
    </message>
    <message>
        <source>Keep-in-touch rhythms</source>
        <translation>Rythmes pour garder le contact</translation>
    </message>
    <message>
        <source>How often to keep in touch, by relationship, status, tag or warm or cold</source>
        <translation>À quelle fréquence garder le contact, selon la relation, le statut, l&apos;étiquette ou chaud ou froid</translation>
    </message>
    <message>
        <source>Close the preferences; the choices are kept</source>
        <translation>Fermer les préférences ; les choix sont conservés</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>Même personne que</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Maybe {name} ({reason}): two people may have been given one UID by another program; imported as new unless you choose Merge</source>
        <translation>Peut-être {name} ({reason})&#xa0;: un autre programme a peut-être donné le même UID à deux personnes&#xa0;; importé comme nouveau sauf si vous choisissez Fusionner</translation>
    </message>
    <message>
        <source>Maybe {name} ({reason}), but they have different UIDs: imported as new unless you choose Merge</source>
        <translation>Peut-être {name} ({reason}), mais les UID sont différents&#xa0;: importé comme nouveau sauf si vous choisissez Fusionner</translation>
    </message>
    <message>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <source>Maybe {name}: {reason}</source>
        <translation>Peut-être {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importer comme nouveau</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>ReachLabels</name>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>portable</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
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
Cliquez pour copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>&amp;Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <source>Go back to an earlier copy of your network; the current one is kept</source>
        <translation>Revenir à une copie antérieure de votre réseau&#xa0;; la copie actuelle est conservée</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Lecture seule&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} can be read but not changed: {reason}.</source>
        <translation>{path} peut être lu mais pas modifié&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Damaged file: restore a backup</source>
        <translation>Fichier endommagé&#xa0;: restaurez une sauvegarde</translation>
    </message>
    <message>
        <source>Part of your network is damaged</source>
        <translation>Une partie de votre réseau est endommagée</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Contacts that cannot be read as they should are marked in the list, and NetDesk will not write to the file: use File &gt; Restore from backup... to go back to the last good copy.</source>
        <translation>{path} est endommagé ({detail}). Les contacts qui ne peuvent pas être lus correctement sont signalés dans la liste, et NetDesk n&apos;écrira pas dans le fichier&#xa0;: utilisez Fichier &gt; Restaurer une sauvegarde... pour revenir à la dernière copie intacte.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
    <message>
        <source>A sync is running: restore the backup once it has finished.</source>
        <translation>Une synchronisation est en cours&#xa0;: restaurez la sauvegarde une fois qu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Restauration de la sauvegarde...</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the previous file is kept as {kept}</source>
        <translation>Sauvegarde du {when} restaurée&#xa0;; le fichier précédent est conservé sous le nom {kept}</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <source>Names they gave you</source>
        <translation>Noms qu&apos;on vous a donnés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reason to call</source>
        <translation>Raison d&apos;appeler</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Donné par</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Add a &amp;name</source>
        <translation>Ajouter un no&amp;m</translation>
    </message>
    <message>
        <source>Aim for two names from every meeting, and ask whether they will call ahead.</source>
        <translation>Visez deux noms à chaque rencontre, et demandez si votre interlocuteur les appellera avant vous.</translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chaud/froid</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Recommandés</translation>
    </message>
    <message>
        <source>All below</source>
        <translation>Au total</translation>
    </message>
    <message>
        <source>Warm leads already know you</source>
        <translation>Les contacts chauds vous connaissent déjà</translation>
    </message>
    <message>
        <source>People this contact referred you to</source>
        <translation>Personnes que ce contact vous a recommandées</translation>
    </message>
    <message>
        <source>Everyone who came through this contact: their referrals, theirs, and so on</source>
        <translation>Toutes les personnes venues par ce contact&#xa0;: ses recommandations, les leurs, et ainsi de suite</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}&#xa0;: {status}</translation>
    </message>
</context>
<context>
    <name>ReferralTreePanel</name>
    <message>
        <source>Find in the tree...</source>
        <translation>Rechercher dans l&apos;arbre...</translation>
    </message>
    <message>
        <source>Shows the people who match with everyone who led to them</source>
        <translation>Affiche les personnes correspondantes avec toutes celles qui y ont mené</translation>
    </message>
    <message>
        <source>Find in the tree</source>
        <translation>Rechercher dans l&apos;arbre</translation>
    </message>
    <message>
        <source>Who referred whom: Right shows whom a person referred, Left hides them</source>
        <translation>Qui a recommandé qui&#xa0;: la flèche Droite affiche les personnes recommandées par la personne sélectionnée, la flèche Gauche les masque</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation>Personne ne correspond à «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} matches, with who led to them.</source>
        <translation>Affichage des {shown} premières correspondances sur {total}, avec les personnes qui y ont mené.</translation>
    </message>
    <message>
        <source>{shown} matching, with who led to them.</source>
        <translation>Correspondances&#xa0;: {shown}, avec les personnes qui y ont mené.</translation>
    </message>
    <message>
        <source>Referral tree: “{text}”</source>
        <translation>Arbre des recommandations&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Arbre des recommandations</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>You know {name} directly.</source>
        <translation>Vous connaissez {name} directement.</translation>
    </message>
    <message>
        <source>You know {name}</source>
        <translation>Vous connaissez {name}</translation>
    </message>
    <message>
        <source>who introduced {name}</source>
        <translation>qui vous a présenté à {name}</translation>
    </message>
    <message>
        <source>... {count} more introductions ...</source>
        <translation>... {count} autres présentations ...</translation>
    </message>
    <message>
        <source>{name} suggested I give you a call.</source>
        <translation>{name} m&apos;a suggéré de vous appeler.</translation>
    </message>
</context>
<context>
    <name>ReferrerMoves</name>
    <message>
        <source>{name} cannot be their own referrer.</source>
        <translation>{name} ne peut pas être son propre intermédiaire.</translation>
    </message>
    <message>
        <source>{referrer} cannot become {name}&apos;s referrer: {referrer} came to you through {name}, so that would make a loop in the chain of introductions.</source>
        <translation>{referrer} ne peut pas devenir l&apos;intermédiaire de {name}&#xa0;: vous avez connu {referrer} grâce à {name}, ce qui créerait une boucle dans la chaîne des présentations.</translation>
    </message>
    <message>
        <source>The referrer was not changed.</source>
        <translation>L&apos;intermédiaire n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Referrer not changed</source>
        <translation>Intermédiaire non modifié</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>&amp;Open NetDesk</source>
        <translation>&amp;Ouvrir NetDesk</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Show &amp;reminders in the system tray</source>
        <translation>Afficher les &amp;rappels dans la zone de notification</translation>
    </message>
    <message>
        <source>A tray icon with what is due today, and a notification when it falls due</source>
        <translation>Une icône dans la zone de notification avec ce qui est à faire aujourd&apos;hui, et une notification à l&apos;échéance</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>NetDesk</source>
        <translation>NetDesk</translation>
    </message>
    <message>
        <source>NetDesk: nothing due today</source>
        <translation>NetDesk&#xa0;: rien à faire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>NetDesk: %n things due today</source>
        <translation>
            <numerusform>NetDesk&#xa0;: %n chose à faire aujourd&apos;hui</numerusform>
            <numerusform>NetDesk&#xa0;: %n choses à faire aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things due today</source>
        <translation>
            <numerusform>%n chose à faire aujourd&apos;hui</numerusform>
            <numerusform>%n choses à faire aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting with {name} at {time}, in %n minutes</source>
        <translation>
            <numerusform>Rencontre avec {name} à {time}, dans %n minute</numerusform>
            <numerusform>Rencontre avec {name} à {time}, dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank-you note to {name} is due</source>
        <translation>Le mot de remerciement à {name} est à envoyer</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Show reminders in the &amp;system tray</source>
        <translation>Afficher les rappels dans la &amp;zone de notification</translation>
    </message>
    <message>
        <source>Show reminders in the system tray</source>
        <translation>Afficher les rappels dans la zone de notification</translation>
    </message>
    <message>
        <source>The number of things due today on NetDesk&apos;s tray icon, and a notification at start, ten minutes before a meeting and when a thank-you note falls due.</source>
        <translation>Le nombre de choses à faire aujourd&apos;hui sur l&apos;icône de NetDesk, et une notification au démarrage, dix minutes avant une rencontre et quand un mot de remerciement est à envoyer.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace {name} by one of its backups. The current file is kept as a backup first, so you can come back to it.</source>
        <translation>Remplacer {name} par l&apos;une de ses sauvegardes. Le fichier actuel est d&apos;abord conservé comme sauvegarde, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <source>There is no backup of {name} yet. NetDesk takes one every day.</source>
        <translation>Il n&apos;existe encore aucune sauvegarde de {name}. NetDesk en fait une chaque jour.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Keep the current file</source>
        <translation>&amp;Conserver le fichier actuel</translation>
    </message>
</context>
<context>
    <name>RhythmField</name>
    <message>
        <source>Keep in touch every</source>
        <translation>Garder le contact, intervalle de</translation>
    </message>
    <message>
        <source>Set a rhythm for this person, whatever the default rules say</source>
        <translation>Fixer un rythme pour cette personne, quelles que soient les règles par défaut</translation>
    </message>
    <message>
        <source>Keep in touch every, number</source>
        <translation>Intervalle pour garder le contact, nombre</translation>
    </message>
    <message>
        <source>Keep in touch every, unit</source>
        <translation>Intervalle pour garder le contact, unité</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semaines</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>none: no default rule applies, so they are never due</source>
        <translation>aucun&#xa0;: aucune règle par défaut ne s&apos;applique, cette personne n&apos;est donc jamais à recontacter</translation>
    </message>
    <message>
        <source>the default for the tag &quot;{name}&quot;: {every}</source>
        <translation>par défaut pour l&apos;étiquette «&#xa0;{name}&#xa0;»&#xa0;: {every}</translation>
    </message>
    <message>
        <source>the default for warm leads: {every}</source>
        <translation>par défaut pour les contacts chauds&#xa0;: {every}</translation>
    </message>
    <message>
        <source>the default for cold leads: {every}</source>
        <translation>par défaut pour les contacts froids&#xa0;: {every}</translation>
    </message>
    <message>
        <source>the default for {name}: {every}</source>
        <translation>par défaut pour «&#xa0;{name}&#xa0;»&#xa0;: {every}</translation>
    </message>
</context>
<context>
    <name>RhythmRules</name>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation>Chaud ou froid</translation>
    </message>
    <message>
        <source>Add the rhythm for {name}</source>
        <translation>l&apos;ajout du rythme pour {name}</translation>
    </message>
    <message>
        <source>Remove the rhythm for {name}</source>
        <translation>le retrait du rythme pour {name}</translation>
    </message>
    <message>
        <source>Change the rhythm for {name}</source>
        <translation>la modification du rythme pour {name}</translation>
    </message>
</context>
<context>
    <name>RhythmRulesDialog</name>
    <message>
        <source>Keep-in-touch rhythms</source>
        <translation>Rythmes pour garder le contact</translation>
    </message>
    <message>
        <source>Default rhythms</source>
        <translation>Rythmes par défaut</translation>
    </message>
    <message>
        <source>How often to keep in touch with the contacts that have no rhythm of their own: a tag&apos;s rule first, then the status, the relationship, warm or cold.</source>
        <translation>À quelle fréquence garder le contact avec les contacts qui n&apos;ont pas de rythme propre&#xa0;: d&apos;abord la règle d&apos;une étiquette, puis le statut, la relation, chaud ou froid.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Retirer la règle</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Retirer la règle</translation>
    </message>
    <message>
        <source>The selected rule&apos;s contacts follow the next rule that matches them</source>
        <translation>Les contacts de la règle sélectionnée suivent la règle suivante qui leur correspond</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Kind of the new rule</source>
        <translation>Type de la nouvelle règle</translation>
    </message>
    <message>
        <source>What the new rule is for</source>
        <translation>Ce à quoi s&apos;applique la nouvelle règle</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the rule</source>
        <translation>Ajouter la règle</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>The rhythm was not saved.</source>
        <translation>Le rythme n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>RingsModel</name>
    <message numerus="yes">
        <source>Works there (%Ln)</source>
        <translation>
            <numerusform>Y travaille (%Ln)</numerusform>
            <numerusform>Y travaillent (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used to work there (%Ln)</source>
        <translation>
            <numerusform>Y a travaillé (%Ln)</numerusform>
            <numerusform>Y ont travaillé (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One introduction away (%Ln)</source>
        <translation>
            <numerusform>Joignable par une présentation (%Ln)</numerusform>
            <numerusform>Joignables par une présentation (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>knows {name}</source>
        <translation>connaît {name}</translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation>{name} ({details})</translation>
    </message>
    <message>
        <source>{path} → {name} there</source>
        <translation>{path} → {name} (dans l&apos;entreprise)</translation>
    </message>
    <message>
        <source>How you know them: {path}
Opening line: {line}</source>
        <translation>Comment vous connaissez cette personne&#xa0;: {path}
Phrase d&apos;accroche&#xa0;: {line}</translation>
    </message>
</context>
<context>
    <name>SetReferrerDialog</name>
    <message>
        <source>Set referrer of {name}</source>
        <translation>Qui a recommandé {name}&#xa0;?</translation>
    </message>
    <message>
        <source>Start typing a name</source>
        <translation>Commencez à taper un nom</translation>
    </message>
    <message>
        <source>Nobody: I knew {name} directly</source>
        <translation>Personne&#xa0;: je connaissais {name} directement</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>&amp;Recommandé par&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the referrer from the list, or tick “Nobody”.</source>
        <translation>Choisissez l&apos;intermédiaire dans la liste, ou cochez «&#xa0;Personne&#xa0;».</translation>
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
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {contacts}</source>
        <translation>{shown} sur {contacts}</translation>
    </message>
    <message>
        <source>Searching {contacts}...</source>
        <translation>Recherche parmi {contacts}...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups due this week</source>
        <translation>
            <numerusform>%Ln relance prévue cette semaine</numerusform>
            <numerusform>%Ln relances prévues cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln en retard</numerusform>
            <numerusform>, %Ln en retard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Sync now: Ctrl+Shift+S</source>
        <translation>Synchroniser maintenant&#xa0;: Ctrl+Maj+S</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Échec de la dernière synchronisation</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Synchronisé le {when}</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Synchronisation...</translation>
    </message>
    <message>
        <source>Syncing account {n} of {count}...</source>
        <translation>Synchronisation du compte {n} sur {count}...</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n reçu</numerusform>
            <numerusform>%n reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n envoyé</numerusform>
            <numerusform>%n envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n fusionné</numerusform>
            <numerusform>%n fusionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted here</source>
        <translation>
            <numerusform>%n supprimé ici</numerusform>
            <numerusform>%n supprimés ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>%n supprimé sur le serveur</numerusform>
            <numerusform>%n supprimés sur le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation&#xa0;: {when}</translation>
    </message>
    <message>
        <source>First sync cancelled: nothing was changed</source>
        <translation>Première synchronisation annulée&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Offline: changes wait for the server</source>
        <translation>Hors ligne&#xa0;: les modifications attendent le serveur</translation>
    </message>
    <message numerus="yes">
        <source>Synced {when}, %n conflicts to settle</source>
        <translation>
            <numerusform>Synchronisé le {when}, %n conflit à résoudre</numerusform>
            <numerusform>Synchronisé le {when}, %n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>NetDesk could not sync</source>
        <translation>NetDesk n&apos;a pas pu synchroniser</translation>
    </message>
    <message>
        <source>The sync did not complete; what was done so far is kept on both sides.</source>
        <translation>La synchronisation n&apos;est pas allée à son terme&#xa0;; ce qui a déjà été fait est conservé des deux côtés.</translation>
    </message>
    <message>
        <source>Waiting for your choices...</source>
        <translation>En attente de vos choix...</translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Surnom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses de courriel</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation>Adresses postales</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation>Chaud ou froid</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Comment vous vous êtes connus</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Prochaine relance</translation>
    </message>
    <message>
        <source>Past employers</source>
        <translation>Anciens employeurs</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Keep in touch every (days)</source>
        <translation>Rythme pour garder le contact (jours)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recommandé par</translation>
    </message>
    <message>
        <source>Why they referred</source>
        <translation>Motif de la recommandation</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Recommandé le</translation>
    </message>
    <message>
        <source>Will call ahead</source>
        <translation>Appellera d&apos;abord pour me présenter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Commence à</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>But</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Thank-you note due</source>
        <translation>Mot de remerciement à envoyer</translation>
    </message>
    <message>
        <source>Thank-you note sent</source>
        <translation>Mot de remerciement envoyé</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Relancer le</translation>
    </message>
</context>
<context>
    <name>SyncIntegration</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Send and fetch the changes of your sync accounts&apos; address books and calendars</source>
        <translation>Envoyer et récupérer les modifications des carnets d&apos;adresses et des calendriers de vos comptes de synchronisation</translation>
    </message>
    <message>
        <source>Sync now (Ctrl+Shift+S)</source>
        <translation>Synchroniser maintenant (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Sync &amp;accounts...</source>
        <translation>&amp;Comptes de synchronisation...</translation>
    </message>
    <message>
        <source>Add or remove CardDAV/CalDAV accounts, and choose when NetDesk syncs</source>
        <translation>Ajouter ou retirer des comptes CardDAV/CalDAV, et choisir quand NetDesk synchronise</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts...</source>
        <translation>&amp;Conflits de synchronisation...</translation>
    </message>
    <message>
        <source>Fields changed differently here and on the server: choose which to keep</source>
        <translation>Champs modifiés différemment ici et sur le serveur&#xa0;: choisissez la valeur à garder</translation>
    </message>
    <message>
        <source>A sync is running: open {name} once it has finished.</source>
        <translation>Une synchronisation est en cours&#xa0;: ouvrez {name} une fois qu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Sync finished; opening {name}</source>
        <translation>Synchronisation terminée&#xa0;; ouverture de {name}</translation>
    </message>
    <message>
        <source>A sync is running; {name} will be opened when it finishes.</source>
        <translation>Une synchronisation est en cours&#xa0;; {name} sera ouvert une fois qu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>A sync is running already.</source>
        <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <source>Sync &amp;conflicts (%n)...</source>
        <translation>
            <numerusform>&amp;Conflit de synchronisation (%n)...</numerusform>
            <numerusform>&amp;Conflits de synchronisation (%n)...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>Close; every change is kept</source>
        <translation>Fermer&#xa0;; toutes les modifications sont conservées</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>The name your messages are signed with</source>
        <translation>Le nom avec lequel vos messages sont signés</translation>
    </message>
    <message>
        <source>Signs your messages ({my_name})</source>
        <translation>Signe vos messages ({my_name})</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom&#xa0;:</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Give the built-in template its original text back</source>
        <translation>Rendre au modèle intégré son texte d&apos;origine</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete this template of your own</source>
        <translation>Supprimer ce modèle que vous avez créé</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>A contact</source>
        <translation>Un contact</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Une tâche</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>Une rencontre</translation>
    </message>
    <message>
        <source>A referral</source>
        <translation>Une recommandation</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Adressé à</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <source>The person who referred them</source>
        <translation>La personne qui a recommandé ce contact</translation>
    </message>
    <message>
        <source>Each person along the chain</source>
        <translation>Chaque personne de la chaîne</translation>
    </message>
    <message>
        <source>Completes a task</source>
        <translation>Tâche accomplie</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Aucune tâche</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Insérer une variable</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insérer une variable</translation>
    </message>
    <message>
        <source>Write {first_name} for a value, and [[if company]]…[[end]] around words that only make sense when it has one ([[else]] gives the other wording).</source>
        <translation>Écrivez {first_name} pour insérer une valeur, et entourez de [[if company]]…[[end]] les mots qui n&apos;ont de sens que si le contact a une entreprise ([[else]] introduit l&apos;autre formulation).</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>No&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Written to:</source>
        <translation>&amp;Adressé à&#xa0;:</translation>
    </message>
    <message>
        <source>Com&amp;pletes:</source>
        <translation>&amp;Tâche accomplie&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>M&amp;essage&#xa0;:</translation>
    </message>
    <message>
        <source>Preview, for a made-up contact</source>
        <translation>Aperçu, pour un contact fictif</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>{name} (has an error)</source>
        <translation>{name} (contient une erreur)</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (personnel)</translation>
    </message>
    <message>
        <source>{name} (edited)</source>
        <translation>{name} (modifié)</translation>
    </message>
    <message>
        <source>A built-in template: what it is for stays as shipped.</source>
        <translation>Un modèle intégré&#xa0;: son usage reste celui prévu à l&apos;origine.</translation>
    </message>
    <message>
        <source>A template of your own.</source>
        <translation>Un modèle que vous avez créé.</translation>
    </message>
    <message>
        <source>(Mend the errors above to see the message.)</source>
        <translation>(Corrigez les erreurs ci-dessus pour voir le message.)</translation>
    </message>
    <message>
        <source>{count} of {limit} characters of a LinkedIn invitation</source>
        <translation>{count} sur {limit} caractères autorisés pour une invitation LinkedIn</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <source>Hi {first_name},

</source>
        <translation>Bonjour {first_name},

</translation>
    </message>
    <message>
        <source>Delete the template?</source>
        <translation>Supprimer le modèle&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the message template “{name}”?</source>
        <translation>Supprimer le modèle de message «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete the template</source>
        <translation>&amp;Supprimer le modèle</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conserver ce modèle</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>{kind} with {people}</source>
        <translation>{kind} avec {people}</translation>
    </message>
    <message>
        <source>{others} and {last}</source>
        <translation>{others} et {last}</translation>
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
        <translation>Ce qui a été dit (facultatif)</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Noter un appel</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Noter un courriel</translation>
    </message>
    <message>
        <source>Log a letter</source>
        <translation>Noter une lettre</translation>
    </message>
    <message>
        <source>Log a message</source>
        <translation>Noter un message</translation>
    </message>
    <message>
        <source>Log a note</source>
        <translation>Noter une note</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Favour I did for them</source>
        <translation>Service rendu à cette personne</translation>
    </message>
    <message>
        <source>Favour they did for me</source>
        <translation>Service reçu de cette personne</translation>
    </message>
    <message>
        <source>Log meeting...</source>
        <translation>Noter une rencontre...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Rien de noté pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Aucun contact sélectionné</translation>
    </message>
    <message>
        <source>History with {name}</source>
        <translation>Historique avec {name}</translation>
    </message>
    <message>
        <source>Compose a message...</source>
        <translation>Rédiger un message...</translation>
    </message>
    <message>
        <source>Delete “{what}” of {when} from the history?</source>
        <translation>Supprimer «&#xa0;{what}&#xa0;» du {when} de l&apos;historique&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Delete this entry</source>
        <translation>&amp;Supprimer cette entrée</translation>
    </message>
    <message>
        <source>Delete “{what}” from the history</source>
        <translation>la suppression de «&#xa0;{what}&#xa0;» de l&apos;historique</translation>
    </message>
    <message>
        <source>It was not logged.</source>
        <translation>Cela n&apos;a pas été noté.</translation>
    </message>
    <message>
        <source>Type what the favour was, then choose it again.</source>
        <translation>Décrivez le service rendu, puis choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Log favour</source>
        <translation>l&apos;ajout d&apos;un service à l&apos;historique</translation>
    </message>
    <message>
        <source>The favour was not logged.</source>
        <translation>Le service n&apos;a pas été noté.</translation>
    </message>
    <message>
        <source>Open meeting...</source>
        <translation>Ouvrir la rencontre...</translation>
    </message>
    <message>
        <source>Delete from the history?</source>
        <translation>Supprimer de l&apos;historique&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conserver cette entrée</translation>
    </message>
    <message>
        <source>It was not deleted.</source>
        <translation>Cela n&apos;a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>TreeLegend</name>
    <message>
        <source>not called or written yet</source>
        <translation>pas encore appelé ni contacté par écrit</translation>
    </message>
    <message>
        <source>called or written to</source>
        <translation>appelé ou contacté par écrit</translation>
    </message>
    <message>
        <source>a meeting is planned</source>
        <translation>une rencontre est prévue</translation>
    </message>
    <message>
        <source>you have met</source>
        <translation>vous vous êtes rencontrés</translation>
    </message>
    <message>
        <source>met; stay in touch every few weeks</source>
        <translation>rencontré&#xa0;; reprendre contact à quelques semaines d&apos;intervalle</translation>
    </message>
    <message>
        <source>resting: no follow-up planned</source>
        <translation>en pause&#xa0;: aucune relance prévue</translation>
    </message>
    <message>
        <source>What the icons mean</source>
        <translation>Signification des icônes</translation>
    </message>
    <message>
        <source>{status}: {meaning}</source>
        <translation>{status}&#xa0;: {meaning}</translation>
    </message>
    <message>
        <source>Warm lead: someone who already knows you</source>
        <translation>Contact chaud&#xa0;: quelqu&apos;un qui vous connaît déjà</translation>
    </message>
    <message>
        <source>Referred: the people this person referred you to. All below: everyone who came through them. Names in bold match your search.</source>
        <translation>Recommandés&#xa0;: les personnes que ce contact vous a recommandées. Au total&#xa0;: toutes les personnes venues par ce contact. Les noms en gras correspondent à votre recherche.</translation>
    </message>
</context>
<context>
    <name>TreeMenu</name>
    <message>
        <source>Add a person...</source>
        <translation>Ajouter une personne...</translation>
    </message>
    <message>
        <source>Log meeting...</source>
        <translation>Noter une rencontre...</translation>
    </message>
    <message>
        <source>Compose a message...</source>
        <translation>Rédiger un message...</translation>
    </message>
    <message>
        <source>Open in editor...</source>
        <translation>Ouvrir dans l&apos;éditeur...</translation>
    </message>
    <message>
        <source>Set referrer...</source>
        <translation>Définir l&apos;intermédiaire...</translation>
    </message>
    <message>
        <source>Add a person {name} referred...</source>
        <translation>Ajouter une personne recommandée par {name}...</translation>
    </message>
    <message>
        <source>Add a person they referred...</source>
        <translation>Ajouter une personne recommandée par ce contact...</translation>
    </message>
</context>
<context>
    <name>TreeOutput</name>
    <message>
        <source>Save tree as image...</source>
        <translation>Enregistrer l&apos;arbre comme image...</translation>
    </message>
    <message>
        <source>Print tree...</source>
        <translation>Imprimer l&apos;arbre...</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>Impossible d&apos;écrire {path}.</translation>
    </message>
    <message>
        <source>Save the referral tree</source>
        <translation>Enregistrer l&apos;arbre des recommandations</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved the tree to {path}</source>
        <translation>Arbre enregistré dans {path}</translation>
    </message>
    <message>
        <source>Picture not saved</source>
        <translation>Image non enregistrée</translation>
    </message>
    <message>
        <source>Print the referral tree</source>
        <translation>Imprimer l&apos;arbre des recommandations</translation>
    </message>
</context>
<context>
    <name>TreePicture</name>
    <message>
        <source>(level {n}) </source>
        <translation>(niveau {n}) </translation>
    </message>
    <message>
        <source>{referred} referred · {below} below</source>
        <translation>{referred} recommandés · {below} au total</translation>
    </message>
</context>
<context>
    <name>WaitingBar</name>
    <message>
        <source>{count} more waiting beyond this week&apos;s capacity (calls and e-mails: {calls}, meetings: {meetings}; Edit &gt; Preferences changes it)</source>
        <translation>{count} de plus en attente au-delà de la capacité de cette semaine (appels et courriels&#xa0;: {calls}, rencontres&#xa0;: {meetings}&#xa0;; à modifier dans Édition &gt; Préférences)</translation>
    </message>
    <message>
        <source>Hide what is waiting</source>
        <translation>Masquer ce qui est en attente</translation>
    </message>
    <message>
        <source>Show all {count} waiting</source>
        <translation>Afficher les {count} en attente</translation>
    </message>
</context>
<context>
    <name>WeekPlan</name>
    <message>
        <source>Ask {name} for an introduction at {company} before applying</source>
        <translation>Demander à {name} de me présenter chez {company} avant de postuler</translation>
    </message>
    <message>
        <source>Ask {name}, who used to work at {company}, for an introduction before applying</source>
        <translation>Demander à {name}, qui a travaillé chez {company}, de me présenter avant de postuler</translation>
    </message>
    <message>
        <source>Thank-you notes overdue</source>
        <translation>Mots de remerciement en retard</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Relances en retard</translation>
    </message>
    <message>
        <source>Thank-you notes due this week</source>
        <translation>Mots de remerciement à envoyer cette semaine</translation>
    </message>
    <message>
        <source>Follow-ups due this week</source>
        <translation>Relances prévues cette semaine</translation>
    </message>
    <message>
        <source>Referrals waiting for a first call</source>
        <translation>Personnes recommandées en attente d&apos;un premier appel</translation>
    </message>
    <message>
        <source>Postings with a deadline</source>
        <translation>Offres d&apos;emploi avec date limite</translation>
    </message>
    <message>
        <source>Interviews to prepare or follow up</source>
        <translation>Entretiens d&apos;embauche à préparer ou à relancer</translation>
    </message>
    <message>
        <source>Introductions to ask for before applying</source>
        <translation>Présentations à demander avant de postuler</translation>
    </message>
    <message>
        <source>Warm leads to reach out to</source>
        <translation>Contacts chauds à solliciter</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>À recontacter</translation>
    </message>
    <message>
        <source>Postings gone quiet</source>
        <translation>Offres d&apos;emploi au point mort</translation>
    </message>
    <message>
        <source>Meetings booked this week</source>
        <translation>Rencontres fixées cette semaine</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Go to this week</source>
        <translation>Aller à la semaine en cours</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>The week&apos;s plan could not be read: {error}</source>
        <translation>Impossible de lire le programme de la semaine&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Thank-you notes owed</source>
        <translation>Mots de remerciement à envoyer</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Aujourd&apos;hui · {day}</translation>
    </message>
    <message>
        <source>Referrals not yet contacted</source>
        <translation>Personnes recommandées pas encore contactées</translation>
    </message>
    <message>
        <source>Warm leads to reach out to</source>
        <translation>Contacts chauds à solliciter</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>À recontacter</translation>
    </message>
    <message>
        <source>Give back: they helped you more than once</source>
        <translation>Rendre la pareille&#xa0;: ces personnes vous ont aidé plus d&apos;une fois</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Dates limites</translation>
    </message>
    <message>
        <source>Ask for an introduction before applying</source>
        <translation>Demander à être présenté avant de postuler</translation>
    </message>
    <message>
        <source>Gone quiet: no step in two weeks</source>
        <translation>Au point mort&#xa0;: aucune avancée depuis deux semaines</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <source>Nothing planned for this week yet</source>
        <translation>Rien de prévu cette semaine pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add the people you already know, or log a meeting: calls, meetings, thank-you notes and follow-ups then appear here.</source>
        <translation>Ajoutez les personnes que vous connaissez déjà, ou notez une rencontre&#xa0;: les appels, rencontres, mots de remerciement et relances apparaîtront alors ici.</translation>
    </message>
    <message>
        <source>Meetings: {meetings} · Follow-ups due: {follow_ups} (overdue: {overdue}) · Thank-you notes owed: {thank_yous} (overdue: {late}) · Referrals to call: {referrals}</source>
        <translation>Rencontres&#xa0;: {meetings} · Relances prévues&#xa0;: {follow_ups} (en retard&#xa0;: {overdue}) · Mots de remerciement à envoyer&#xa0;: {thank_yous} (en retard&#xa0;: {late}) · Personnes recommandées à appeler&#xa0;: {referrals}</translation>
    </message>
    <message>
        <source>Show {count} more…</source>
        <translation>Afficher {count} de plus…</translation>
    </message>
    <message>
        <source>{count} not shown; the printed sheet lists them all</source>
        <translation>Non affichés&#xa0;: {count}&#xa0;; la feuille imprimée les liste tous</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Warm lead; last contact: {last}</source>
        <translation>Contact chaud&#xa0;; dernier contact&#xa0;: {last}</translation>
    </message>
    <message>
        <source>Thank-you note to {name}</source>
        <translation>Mot de remerciement à {name}</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>Interview for {title} at {company}</source>
        <translation>Entretien pour le poste {title} chez {company}</translation>
    </message>
    <message>
        <source>for the meeting of {day}</source>
        <translation>pour la rencontre du {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>pour le {day}</translation>
    </message>
    <message>
        <source>Tick when the note is sent</source>
        <translation>Cochez quand le mot est envoyé</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Relancer {name}</translation>
    </message>
    <message>
        <source>they will call ahead</source>
        <translation>cette personne appellera avant vous</translation>
    </message>
    <message>
        <source>Tick when you have called or written</source>
        <translation>Cochez quand vous avez appelé ou écrit</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>à recontacter aujourd&apos;hui</translation>
    </message>
    <message>
        <source>last in touch {day}</source>
        <translation>dernier contact le {day}</translation>
    </message>
    <message>
        <source>not in touch since added</source>
        <translation>aucun contact depuis l&apos;ajout</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}</source>
        <translation>Garder le contact {rhythm}</translation>
    </message>
    <message>
        <source>last helped {day}</source>
        <translation>dernière aide reçue le {day}</translation>
    </message>
    <message>
        <source>Offer something back: what they need is on their card</source>
        <translation>Proposez quelque chose en retour&#xa0;: ses besoins figurent sur sa fiche</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} chez {company}</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>non fixé</translation>
    </message>
    <message>
        <source>Interviewing: no interview booked this week</source>
        <translation>En entretien&#xa0;: aucun entretien fixé cette semaine</translation>
    </message>
    <message>
        <source>Interview with {name}</source>
        <translation>Entretien avec {name}</translation>
    </message>
    <message>
        <source>last step {day}</source>
        <translation>dernière avancée le {day}</translation>
    </message>
    <message>
        <source>no step yet</source>
        <translation>aucune avancée pour l&apos;instant</translation>
    </message>
    <message>
        <source>{stage}: follow up, or close it</source>
        <translation>{stage}&#xa0;: relancez, ou clôturez-la</translation>
    </message>
    <message>
        <source>deadline passed {day}</source>
        <translation>date limite dépassée ({day})</translation>
    </message>
    <message>
        <source>apply by {day}</source>
        <translation>postuler avant le {day}</translation>
    </message>
    <message>
        <source>{stage}: apply now, or let it go</source>
        <translation>{stage}&#xa0;: postulez maintenant, ou laissez tomber</translation>
    </message>
    <message>
        <source>{stage}: apply before the deadline</source>
        <translation>{stage}&#xa0;: postulez avant la date limite</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open it</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Tick off {item}</source>
        <translation>le cochage de «&#xa0;{item}&#xa0;»</translation>
    </message>
    <message>
        <source>Untick {item}</source>
        <translation>le décochage de «&#xa0;{item}&#xa0;»</translation>
    </message>
    <message>
        <source>That was not ticked off.</source>
        <translation>Cela n&apos;a pas été coché.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Téléphone ou courriel</translation>
    </message>
    <message>
        <source>Job postings</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Offre d&apos;emploi</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Envoyer à</translation>
    </message>
    <message>
        <source>Who to call next</source>
        <translation>Qui appeler ensuite</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semaine dernière</translation>
    </message>
    <message>
        <source>Week {number}</source>
        <translation>Semaine {number}</translation>
    </message>
    <message>
        <source>{first} – {last} · week {number}</source>
        <translation>{first} – {last} · semaine {number}</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show more</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour en afficher plus</translation>
    </message>
    <message>
        <source>That was not unticked.</source>
        <translation>Cela n&apos;a pas été décoché.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo ticking off {item}</source>
        <translation>Annuler le cochage de «&#xa0;{item}&#xa0;»</translation>
    </message>
    <message>
        <source>Compose a message...</source>
        <translation>Rédiger un message...</translation>
    </message>
    <message>
        <source>{count} not listed yet</source>
        <translation>Pas encore listés&#xa0;: {count}</translation>
    </message>
</context>
<context>
    <name>WeeklySheet</name>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (suite)</translation>
    </message>
    <message>
        <source>No phone or e-mail on file: look them up before calling</source>
        <translation>Aucun téléphone ni courriel enregistré&#xa0;: cherchez-les avant d&apos;appeler</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <source>Was due {day}</source>
        <translation>En retard (échéance&#xa0;: {day})</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Échéance&#xa0;: {day}</translation>
    </message>
    <message>
        <source>Follow up, was due {day}</source>
        <translation>Relance en retard (échéance&#xa0;: {day})</translation>
    </message>
    <message>
        <source>Follow up {day}</source>
        <translation>Relance le {day}</translation>
    </message>
    <message>
        <source>Referred by {name}, who will call ahead</source>
        <translation>Recommandé par {name}, qui appellera avant vous</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Recommandé par {name}</translation>
    </message>
    <message>
        <source>they will call ahead</source>
        <translation>cette personne appellera avant vous</translation>
    </message>
    <message>
        <source>Why meet: {reason}</source>
        <translation>Pourquoi cette rencontre&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{kind} meeting</source>
        <translation>Rencontre ({kind})</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Time boundary: {minutes} minutes, finish by {end}</source>
        <translation>Limite de temps&#xa0;: {minutes} minutes, terminer à {end}</translation>
    </message>
    <message>
        <source>Ask for two names:</source>
        <translation>Demander deux noms&#xa0;:</translation>
    </message>
    <message>
        <source>Met {day}</source>
        <translation>Rencontre du {day}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>Courriel&#xa0;: {email}</translation>
    </message>
    <message>
        <source>Post: {address}</source>
        <translation>Adresse postale&#xa0;: {address}</translation>
    </message>
    <message>
        <source>No address on file: ask for a card or look it up</source>
        <translation>Aucune adresse enregistrée&#xa0;: demandez une carte de visite ou cherchez-la</translation>
    </message>
    <message>
        <source>Last in touch {day}</source>
        <translation>Dernier contact le {day}</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Pas encore de contact</translation>
    </message>
    <message>
        <source>Not booked yet</source>
        <translation>Pas encore fixé</translation>
    </message>
    <message>
        <source>Last step {day}</source>
        <translation>Dernière avancée le {day}</translation>
    </message>
    <message>
        <source>Deadline passed {day}</source>
        <translation>Date limite dépassée ({day})</translation>
    </message>
    <message>
        <source>Apply by {day}</source>
        <translation>Postuler avant le {day}</translation>
    </message>
    <message>
        <source>Interviewing: book the next interview or follow up</source>
        <translation>En entretien&#xa0;: fixez le prochain entretien ou relancez</translation>
    </message>
    <message>
        <source>Interview with {name}: prepare, and send a thank-you</source>
        <translation>Entretien avec {name}&#xa0;: préparez-vous, puis envoyez un mot de remerciement</translation>
    </message>
    <message>
        <source>{stage}, and quiet since: follow up, or close it</source>
        <translation>{stage}, et rien depuis&#xa0;: relancez, ou clôturez-la</translation>
    </message>
    <message>
        <source>{stage}: apply, or let it go</source>
        <translation>{stage}&#xa0;: postulez, ou laissez tomber</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Dates limites</translation>
    </message>
    <message>
        <source>Ask for an introduction before applying</source>
        <translation>Demander à être présenté avant de postuler</translation>
    </message>
    <message>
        <source>Gone quiet: no step in two weeks</source>
        <translation>Au point mort&#xa0;: aucune avancée depuis deux semaines</translation>
    </message>
    <message>
        <source>no meetings held</source>
        <translation>aucune rencontre tenue</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>below the goal</source>
        <translation>sous l&apos;objectif</translation>
    </message>
    <message>
        <source>{value} ({verdict})</source>
        <translation>{value} ({verdict})</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} sur {whole}</translation>
    </message>
    <message>
        <source>Contacts added</source>
        <translation>Contacts ajoutés</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personnes jointes</translation>
    </message>
    <message>
        <source>Referrals per meeting (goal {goal})</source>
        <translation>Recommandations par rencontre (objectif {goal})</translation>
    </message>
    <message>
        <source>Introductions obtained</source>
        <translation>Présentations obtenues</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Applications with an introduction</source>
        <translation>Candidatures recommandées</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres reçues</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semaine dernière</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Toute la campagne</translation>
    </message>
    <message>
        <source>Meetings held, last {n} weeks: {last}</source>
        <translation>Rencontres tenues, {n} dernières semaines&#xa0;: {last}</translation>
    </message>
    <message>
        <source>Names per meeting, last {n} weeks (goal {goal}): {last}</source>
        <translation>Noms par rencontre, {n} dernières semaines (objectif {goal})&#xa0;: {last}</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>aucun prévu</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Rencontres tenues</translation>
    </message>
    <message>
        <source>Referrals obtained</source>
        <translation>Recommandations obtenues</translation>
    </message>
    <message>
        <source>Thank-you notes sent on time</source>
        <translation>Mots de remerciement envoyés à temps</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Calls and e-mails to make</source>
        <translation>Appels et courriels à faire</translation>
    </message>
    <message>
        <source>No calls or e-mails due this week.</source>
        <translation>Aucun appel ni courriel prévu cette semaine.</translation>
    </message>
    <message>
        <source>Meetings this week</source>
        <translation>Rencontres de la semaine</translation>
    </message>
    <message>
        <source>No meetings booked yet: the calls above are how you get them.</source>
        <translation>Aucune rencontre fixée pour l&apos;instant&#xa0;: c&apos;est par les appels ci-dessus que vous les obtiendrez.</translation>
    </message>
    <message>
        <source>Thank-you notes owed</source>
        <translation>Mots de remerciement à envoyer</translation>
    </message>
    <message>
        <source>No thank-you notes due this week.</source>
        <translation>Aucun mot de remerciement à envoyer cette semaine.</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>À recontacter</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Rendre la pareille</translation>
    </message>
    <message>
        <source>Last week in numbers ({week})</source>
        <translation>La semaine dernière en chiffres ({week})</translation>
    </message>
    <message>
        <source>Weekly outreach sheet {week}</source>
        <translation>Feuille de prospection de la semaine {week}</translation>
    </message>
    <message>
        <source>Calls and e-mails</source>
        <translation>Appels et courriels</translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation>Mots de remerciement</translation>
    </message>
    <message>
        <source>Overdue from earlier weeks</source>
        <translation>En retard des semaines précédentes</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <source>and {count} more not printed</source>
        <translation>et {count} de plus non imprimés</translation>
    </message>
    <message>
        <source>Job postings</source>
        <translation>Offres d&apos;emploi</translation>
    </message>
    <message>
        <source>Nothing is planned for this week yet.</source>
        <translation>Rien n&apos;est encore prévu cette semaine.</translation>
    </message>
    <message>
        <source>A good week starts here: call or e-mail the people below, people you already know and have not spoken to for a while. Ask each for fifteen minutes of advice, and at the end of every meeting ask for two names.</source>
        <translation>Une bonne semaine commence ici&#xa0;: appelez ou écrivez aux personnes ci-dessous, que vous connaissez déjà et à qui vous n&apos;avez pas parlé depuis un moment. Demandez à chacune quinze minutes de conseils, et à la fin de chaque rencontre, demandez deux noms.</translation>
    </message>
    <message>
        <source>Who to reach out to next</source>
        <translation>Qui solliciter ensuite</translation>
    </message>
    <message>
        <source>Start with the people you already know: family, friends, neighbours, former co-workers, classmates. Add them to NetDesk as warm leads and they will be listed here.</source>
        <translation>Commencez par les personnes que vous connaissez déjà&#xa0;: famille, amis, voisins, anciens collègues, camarades d&apos;études. Ajoutez-les à NetDesk comme contacts chauds et elles apparaîtront ici.</translation>
    </message>
    <message>
        <source>Weekly outreach sheet</source>
        <translation>Feuille de prospection de la semaine</translation>
    </message>
    <message>
        <source>Week {number}, {year}</source>
        <translation>Semaine {number}, {year}</translation>
    </message>
    <message>
        <source>NetDesk  ·  printed {day}</source>
        <translation>NetDesk  ·  imprimé le {day}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Page {page} sur {total}</translation>
    </message>
    <message>
        <source>Cannot start printing (is the printer or file available?)</source>
        <translation>Impossible de lancer l&apos;impression (l&apos;imprimante ou le fichier est-il disponible&#xa0;?)</translation>
    </message>
    <message>
        <source>Cannot start a new page</source>
        <translation>Impossible de commencer une nouvelle page</translation>
    </message>
    <message>
        <source>And {count} more waiting</source>
        <translation>Et {count} de plus en attente</translation>
    </message>
    <message>
        <source>This week holds your weekly capacity ({calls} calls and e-mails, {meetings} meetings), the most pressing first. Waiting beyond it:</source>
        <translation>Cette semaine retient votre capacité hebdomadaire ({calls} appels et courriels, {meetings} rencontres), les plus urgents d&apos;abord. En attente au-delà&#xa0;:</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>The first {printed} are printed below; NetDesk lists them all under This week (Show all waiting).</source>
        <translation>Les {printed} premiers sont imprimés ci-dessous&#xa0;; NetDesk les liste tous dans Cette semaine (Afficher les … en attente).</translation>
    </message>
    <message>
        <source>NetDesk lists them all under This week (Show all waiting).</source>
        <translation>NetDesk les liste tous dans Cette semaine (Afficher les … en attente).</translation>
    </message>
    <message>
        <source>last in touch {day}</source>
        <translation>dernier contact le {day}</translation>
    </message>
    <message>
        <source>not in touch since added</source>
        <translation>aucun contact depuis l&apos;ajout</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}</source>
        <translation>Garder le contact {rhythm}</translation>
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
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Print Weekly Sheet</source>
        <translation>Imprimer la feuille de la semaine</translation>
    </message>
    <message>
        <source>Weekly sheet</source>
        <translation>Feuille de la semaine</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Semaine&#xa0;:</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>&apos;Week of&apos; d MMM yyyy</source>
        <translation>&apos;Semaine du&apos; d MMM yyyy</translation>
    </message>
    <message>
        <source>Pick any day of the week to print</source>
        <translation>Choisissez n&apos;importe quel jour de la semaine à imprimer</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <source>Also print what is &amp;waiting</source>
        <translation>Imprimer aussi ce qui est en &amp;attente</translation>
    </message>
    <message>
        <source>After the week&apos;s plan, the first {count} items beyond your weekly capacity (the sheet always says how many wait)</source>
        <translation>Après le programme de la semaine, les {count} premiers éléments au-delà de votre capacité hebdomadaire (la feuille indique toujours combien sont en attente)</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Enregistrer en PDF...</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>The tools that do not fit in the toolbar</source>
        <translation>Les outils qui ne tiennent pas dans la barre d&apos;outils</translation>
    </message>
    <message>
        <source>Sheet preview</source>
        <translation>Aperçu de la feuille</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>{iso}: {start} – {end}</source>
        <translation>{iso}&#xa0;: {start} – {end}</translation>
    </message>
    <message>
        <source>(preparing...)</source>
        <translation>(préparation...)</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(échec)</translation>
    </message>
    <message>
        <source>The sheet could not be prepared: {error}</source>
        <translation>Impossible de préparer la feuille&#xa0;: {error}</translation>
    </message>
    <message>
        <source>({count} items, {waiting} more waiting)</source>
        <translation>({count} éléments, {waiting} de plus en attente)</translation>
    </message>
    <message>
        <source>({count} items)</source>
        <translation>({count} éléments)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(rien pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Weekly outreach sheet {week}</source>
        <translation>Feuille de prospection de la semaine {week}</translation>
    </message>
    <message>
        <source>Preparing the sheet for {week}...</source>
        <translation>Préparation de la feuille de la semaine {week}...</translation>
    </message>
    <message>
        <source>Save Weekly Sheet as PDF</source>
        <translation>Enregistrer la feuille de la semaine en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation>Impossible d&apos;écrire le PDF&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Another NetDesk window or command is writing; waiting…</source>
        <translation>Une autre fenêtre ou commande NetDesk est en train d&apos;écrire&#xa0;; attente…</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>La base de données est occupée</translation>
    </message>
    <message>
        <source>Another NetDesk window or command has been writing to this database for {seconds} seconds and is not done yet. Nothing has been changed.</source>
        <translation>Une autre fenêtre ou commande NetDesk écrit dans cette base de données depuis {seconds} secondes et n&apos;a pas encore terminé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Retry to wait for it again, or Cancel to leave everything as it is.</source>
        <translation>Réessayer pour attendre encore, ou Annuler pour tout laisser en l&apos;état.</translation>
    </message>
    <message>
        <source>That could not be undone.</source>
        <translation>Cela n&apos;a pas pu être annulé.</translation>
    </message>
    <message>
        <source>That could not be redone.</source>
        <translation>Cela n&apos;a pas pu être rétabli.</translation>
    </message>
</context>
<context>
    <name>_ClosedStage</name>
    <message>
        <source>{stage}: {n}</source>
        <translation>{stage}&#xa0;: {n}</translation>
    </message>
</context>
<context>
    <name>_FirstSyncAsk</name>
    <message>
        <source>The window was closed before the first sync.</source>
        <translation>La fenêtre a été fermée avant la première synchronisation.</translation>
    </message>
    <message>
        <source>The first sync with {server} was cancelled: nothing was changed.</source>
        <translation>La première synchronisation avec {server} a été annulée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>NetDesk is not responding</source>
        <translation>NetDesk ne répond pas</translation>
    </message>
    <message>
        <source>NetDesk is already open with {path} but does not answer. Wait a moment and try again, or close that window first.</source>
        <translation>NetDesk est déjà ouvert avec {path} mais ne répond pas. Patientez un instant et réessayez, ou fermez d&apos;abord cette fenêtre.</translation>
    </message>
    <message>
        <source>NetDesk needs a graphical desktop: no DISPLAY or WAYLAND_DISPLAY is set. The command line works without one: netdesk-cli --help</source>
        <translation>NetDesk a besoin d&apos;un environnement de bureau graphique&#xa0;: ni DISPLAY ni WAYLAND_DISPLAY n&apos;est défini. La ligne de commande fonctionne sans&#xa0;: netdesk-cli --help</translation>
    </message>
</context>
<context>
    <name>ask_database_path</name>
    <message>
        <source>Open a NetDesk database</source>
        <translation>Ouvrir une base de données NetDesk</translation>
    </message>
    <message>
        <source>NetDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données NetDesk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo network ({name})</source>
        <translation>Réseau de démonstration ({name})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A problem with the database file</source>
        <translation>Un problème avec le fichier de base de données</translation>
    </message>
    <message>
        <source>NetDesk ran into a problem</source>
        <translation>NetDesk a rencontré un problème</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s&apos;est produite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Your data is safe: every change already saved stays saved.</source>
        <translation>Vos données sont en sécurité&#xa0;: toute modification déjà enregistrée le reste.</translation>
    </message>
    <message>
        <source>The details are written to {path}.</source>
        <translation>Les détails sont écrits dans {path}.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>NetDesk cannot open the database</source>
        <translation>NetDesk ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Essayer à nouveau</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>{path} is the database you used last, and it is not there: it was moved, renamed or deleted, or it is on a drive that is not connected.</source>
        <translation>{path} est la dernière base de données que vous avez utilisée, et elle est introuvable&#xa0;: elle a été déplacée, renommée ou supprimée, ou elle se trouve sur un disque non connecté.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Add {name}</source>
        <translation>l&apos;ajout de {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>la modification de {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>la suppression de {name}</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>le déplacement de {name}</translation>
    </message>
    <message>
        <source>Settle the sync conflict of {field}</source>
        <translation>la résolution du conflit de synchronisation ({field})</translation>
    </message>
    <message>
        <source>Use the server&apos;s {field} for {name}</source>
        <translation>le choix de la valeur du serveur ({field}, {name})</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s {field} for {name}</source>
        <translation>le choix de la valeur de cet ordinateur ({field}, {name})</translation>
    </message>
</context>
</TS>
