<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be written to {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {meetings} and {tasks} to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditing</name>
    <message>
        <source>This contact cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is damaged in the file ({problem}), so it cannot be edited. The rest of your network works as before; File &gt; Restore from backup... brings back the last good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts were not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln contacts?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>People they referred move up to whoever referred them. You can undo this with {shortcut}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail, phone, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you talked about, what they care about...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is damaged in the file: {damage}. The editor shows a neutral value instead. Save stores what you see here; Cancel leaves the contact as it is; File &gt; Restore from backup... brings back the last good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As you would write it on an envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1985-04-15, or --04-15 without the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and how you first met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;irthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warm or cold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How you met:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not a picture NetDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who suggested you meet? Start typing a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said, e.g. “knows everyone in logistics”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will call ahead to introduce me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, e.g. logistics, Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags in use: {tags}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the referrer from the list, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <source>Search names, companies, e-mails, notes, tags...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters as you type ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm and cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only contacts with a follow-up due by Sunday, overdue ones included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone: clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm/cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(damaged: cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite cannot read this row: the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is damaged in the file: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up overdue: it was due on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm lead: someone who already knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold lead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>NetDesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and choose Try again. Or locate the file, open another one, or start a new, empty database in NetDesk&apos;s own folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore its newest backup, or start with an empty database if you really want to begin again (the backups stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring a backup moves this file aside (renamed, never overwritten or deleted) and puts the backup in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this file. It has been left as it is; you can open another database, or quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locate it or open another...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Find &amp;duplicates...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that are probably the same person: merge them, or say they are not</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln contacts into {name}. {undo} puts them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The contacts were not merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group to see what merging it would keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include this contact in the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into the kept one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field is the same in these contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, one after the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: I knew them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two contacts to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged contact keeps all of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to it: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are different people: do not offer them as duplicates again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for contacts that are the same person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates could not be searched: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups of contacts that may be the same person.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %Ln contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyStatePanel</name>
    <message>
        <source>Start your networking campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most jobs are filled through people. Begin with the people you already know: family, friends, former co-workers. They are your warm leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill this database with {n} made-up people to try NetDesk out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop your address book here (.vcf or .csv from your phone, Outlook, Gmail or LinkedIn) to bring in your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge all matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import all matches as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {n} files and folders...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for people you already have...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems found:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people found: {new} new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, {matching} already in NetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {twice} more than once in these files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({merge} to merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} only maybe the same person (another UID, or one UID for different people): imported as new unless you choose Merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} unchecked will not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts were not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCard 3.0, for older phones (*.vcf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import contacts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in contacts from vCard (.vcf) or CSV files: phones, Outlook, Gmail, LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport contacts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save contacts (the selected ones, or everyone) as vCard or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {new} new contacts, merged {merged} into existing ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln selected contacts, or everyone?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting contacts to {name}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contacts were not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to {name}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>To contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former co-worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classmate / alumni</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association / club member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favour given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favour received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New contact...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person to your network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contact...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print weekly sheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save as PDF the week&apos;s calls, meetings and thank-you notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About NetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo network...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo network could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the change being saved is written, then open {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is open in another NetDesk window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDesk cannot open that database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (read-only) - {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} - {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About NetDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDesk {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run your job-search networking as a campaign: warm leads, referral chains, short meetings, thank-you notes and follow-ups. Everything stays on this computer, in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique ID (UID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer&apos;s UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDesk does not know the columns of {name}. Say which column holds what; columns left at (ignore) are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Holds&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;First values&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingCountdown</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count down the planned length while you meet, to keep your promise on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time: thank them and offer to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to ask for two names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who are you meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you want to learn from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this agenda as the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lanned length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the meeting ended; sets the actual length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it, in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctual length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names they gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim for two names from every meeting, and ask whether they will call ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting and its thank-you and follow-up tasks are deleted. The people they referred you to stay in your contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this meeting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed this meeting. Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name they gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you should talk to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They will call to introduce you first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting becomes how you were referred to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact is created for this name when you save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingKindHints</name>
    <message>
        <source>A short talk to learn and to ask for two names: it is not a request for a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You interview them about their field or company to learn how it really works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approach a decision-maker directly about a need you could meet, without a posting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job interview for a position: prepare for their questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group event (fair, association, conference): meet people, collect names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsIntegration</name>
    <message>
        <source>&amp;Log meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan or record a meeting with the current contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings and follow-ups as a file for your calendar application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls, e-mails, notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln favours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people they referred</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkNumbers</name>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings held yet: each one should bring {goal} new names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{per:.1f} referrals per meeting (goal {goal}, {verdict}): {referrals} from {meetings} meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, ... (%Ln more generations)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln generations below the people you knew; people per generation: {sizes}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathToMe</name>
    <message>
        <source>Copy opening line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Path to me&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select someone to see how you came to know them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No introduction needed: you know {name} already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contacts into {name}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not duplicates (%Ln contacts)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe {name} ({reason}): two people may have been given one UID by another program; imported as new unless you choose Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe {name} ({reason}), but they have different UIDs: imported as new unless you choose Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe {name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to an earlier copy of your network; the current one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} can be read but not changed: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged file: restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of your network is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Contacts that cannot be read as they should are marked in the list, and NetDesk will not write to the file: use File &gt; Restore from backup... to go back to the last good copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the previous file is kept as {kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People this contact referred you to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who came through this contact: their referrals, theirs, and so on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTreeIntegration</name>
    <message>
        <source>Referral tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTreePanel</name>
    <message>
        <source>Find in the tree...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the people who match with everyone who led to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} matches, with who led to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} matching, with who led to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral tree: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferrerMoves</name>
    <message>
        <source>{name} cannot be their own referrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{referrer} cannot become {name}&apos;s referrer: {referrer} came to you through {name}, so that would make a loop in the chain of introductions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrer was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace {name} by one of its backups. The current file is kept as a backup first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of {name} yet. NetDesk takes one every day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetReferrerDialog</name>
    <message>
        <source>Set referrer of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: I knew {name} directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the referrer from the list, or tick “Nobody”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {contacts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching {contacts}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups due this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>What was said (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favour I did for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favour they did for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the favour was, then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The favour was not logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from the history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this {what} of {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeMenu</name>
    <message>
        <source>Add a person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log meeting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in editor...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set referrer...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person {name} referred...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person they referred...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreeOutput</name>
    <message>
        <source>Save tree as image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tree...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the referral tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the tree to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the referral tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TreePicture</name>
    <message>
        <source>(level {n}) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{referred} referred · {below} below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week&apos;s plan could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week · week {number}, {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week · week {number}, {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week · week {number}, {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {number}, {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you notes owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals not yet contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm leads to reach out to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned for this week yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people you already know, or log a meeting: calls, meetings, thank-you notes and follow-ups then appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week before: {contacts} new contacts, {meetings} meetings held, {referrals} referrals ({ratio} per meeting, goal {goal}), {on_time} of {due} thank-you notes on time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {count} more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not shown; the printed sheet lists them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm lead; last contact: {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you note to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the meeting of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the note is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they will call ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when you have called or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick off {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not ticked off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was not unticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklySheet</name>
    <message>
        <source>{title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or e-mail on file: look them up before calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up, was due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by {name}, who will call ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why meet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time boundary: {minutes} minutes, finish by {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for two names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address on file: ask for a card or look it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last in touch {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meetings held (goal {goal})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} (goal {goal}: {verdict})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sent} of {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals per meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you notes sent on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and e-mails to make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls or e-mails due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings booked yet: the calls above are how you get them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you notes owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thank-you notes due this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week in numbers ({week})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly outreach sheet {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue from earlier weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is planned for this week yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good week starts here: call or e-mail the people below, people you already know and have not spoken to for a while. Ask each for fifteen minutes of advice, and at the end of every meeting ask for two names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to reach out to next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the people you already know: family, friends, neighbours, former co-workers, classmates. Add them to NetDesk as warm leads and they will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly outreach sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {number}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDesk  ·  printed {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing (is the printer or file available?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a new page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklySheetDialog</name>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Weekly Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Week of&apos; d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick any day of the week to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{iso}: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(preparing...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be prepared: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({count} items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly outreach sheet {week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sheet for {week}...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Weekly Sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Another NetDesk window or command is writing; waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another NetDesk window or command has been writing to this database for {seconds} seconds and is not done yet. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry to wait for it again, or Cancel to leave everything as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be redone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AddressRows</name>
    <message>
        <source>Add address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (home, work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PairRows</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>NetDesk is not responding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDesk is already open with {path} but does not answer. Wait a moment and try again, or close that window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDesk needs a graphical desktop: no DISPLAY or WAYLAND_DISPLAY is set. The command line works without one: netdesk-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ask_database_path</name>
    <message>
        <source>Open a NetDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A problem with the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDesk ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is safe: every change already saved stays saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details are written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetDesk cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is the database you used last, and it is not there: it was moved, renamed or deleted, or it is on a drive that is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Add {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
