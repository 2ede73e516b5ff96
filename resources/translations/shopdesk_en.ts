<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AutomationPage</name>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="211"/>
        <source>Welcome (a new customer&apos;s first message)</source>
        <translation>Welcome (a new customer&apos;s first message)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="212"/>
        <location filename="../../desktop/ui/automation_page.py" line="227"/>
        <source>Outside working hours</source>
        <translation>Outside working hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="213"/>
        <location filename="../../desktop/ui/automation_page.py" line="228"/>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="214"/>
        <location filename="../../desktop/ui/automation_page.py" line="229"/>
        <source>Holiday mode</source>
        <translation>Holiday mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="215"/>
        <source>Busy (every agent at their maximum)</source>
        <translation>Busy (every agent at their maximum)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="216"/>
        <source>Only an image or emoji</source>
        <translation>Only an image or emoji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="217"/>
        <source>Order card received</source>
        <translation>Order card received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="218"/>
        <source>Nudge (a customer kept waiting)</source>
        <translation>Nudge (a customer kept waiting)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="241"/>
        <source>Templates &amp; auto-reply</source>
        <translation>Templates &amp; auto-reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="242"/>
        <source>REPLY TEMPLATES — type “/” and a shortcut or pinyin initials in the composer</source>
        <translation>REPLY TEMPLATES — type &quot;/&quot; and a shortcut or pinyin initials in the composer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="244"/>
        <location filename="../../desktop/ui/automation_page.py" line="274"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="244"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="245"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="245"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="246"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="248"/>
        <source>Variables: {customer_name} {order_id} {agent_name} {shop_name} {next_open} {tracking_no}</source>
        <translation>Variables: {customer_name} {order_id} {agent_name} {shop_name} {next_open} {tracking_no}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="251"/>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="252"/>
        <location filename="../../desktop/ui/automation_page.py" line="294"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="253"/>
        <source>AUTOMATIC REPLIES — when the shop answers by itself</source>
        <translation>AUTOMATIC REPLIES — when the shop answers by itself</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="255"/>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="230"/>
        <location filename="../../desktop/ui/automation_page.py" line="255"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="223"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="224"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="223"/>
        <source>Text</source>
        <comment>a message kind</comment>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="224"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="225"/>
        <source>Product card</source>
        <translation>Product card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="226"/>
        <source>Order card</source>
        <translation>Order card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="226"/>
        <source>System message</source>
        <translation>System message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="227"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="229"/>
        <source>Closed day</source>
        <translation>Closed day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="230"/>
        <location filename="../../desktop/ui/automation_page.py" line="256"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="233"/>
        <source>any kind</source>
        <translation>any kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="235"/>
        <source>any channel</source>
        <translation>any channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="236"/>
        <source>any language</source>
        <translation>any language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="237"/>
        <source>at any time</source>
        <translation>at any time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="257"/>
        <source>Never the same reply twice within (minutes)</source>
        <translation>Never the same reply twice within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="258"/>
        <source>Share new conversations</source>
        <translation>Share new conversations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="259"/>
        <source>Close quiet conversations after (hours, 0 = never)</source>
        <translation>Close quiet conversations after (hours, 0 = never)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="260"/>
        <source>Nudge a waiting customer after (minutes, 0 = never)</source>
        <translation>Nudge a waiting customer after (minutes, 0 = never)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="262"/>
        <source>to the least busy agent</source>
        <translation>to the least busy agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="263"/>
        <source>in turn (round-robin)</source>
        <translation>in turn (round-robin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="264"/>
        <source>SENSITIVE WORDS — your own, besides the starter list (block, mask with *, warn, or allow)</source>
        <translation>SENSITIVE WORDS — your own, besides the starter list (block, mask with *, warn, or allow)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="266"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="266"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="267"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="268"/>
        <source>Add word</source>
        <translation>Add word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="269"/>
        <source>Save words</source>
        <translation>Save words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="270"/>
        <source>Save replies</source>
        <translation>Save replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="271"/>
        <source>RULES — the first that matches a message acts; drag to reorder, tick to switch on</source>
        <translation>RULES — the first that matches a message acts; drag to reorder, tick to switch on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="274"/>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="274"/>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="275"/>
        <source>Message kinds</source>
        <translation>Message kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="275"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="275"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="276"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="276"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="276"/>
        <source>Schedule states</source>
        <translation>Shop hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="277"/>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="277"/>
        <source>Answer when the match is at least</source>
        <translation>Minimum match to answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="278"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="278"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="278"/>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="279"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="279"/>
        <source>Or to a tier</source>
        <translation>Or assign to a tier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="282"/>
        <source>any customer</source>
        <translation>any customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="282"/>
        <source>VIP customers</source>
        <translation>VIP customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="283"/>
        <source>new customers</source>
        <translation>new customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="285"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="286"/>
        <source>Answer from the knowledge base</source>
        <translation>Answer from the knowledge base</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="287"/>
        <source>comma separated, e.g. 退款, 退货, refund</source>
        <translation>comma separated, e.g. 退款, 退货, refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="288"/>
        <source>Escalate to a senior agent</source>
        <translation>Escalate to a senior agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="290"/>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="290"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="291"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="293"/>
        <source>Save rule</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="295"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="296"/>
        <source>Test on a message, e.g. 什么时候发货</source>
        <translation>Test on a message, e.g. 什么时候发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="297"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="298"/>
        <source>Simulate a file for this period…</source>
        <translation>Simulate a file for this period…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="307"/>
        <source>(routing decides)</source>
        <translation>(routing decides)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="381"/>
        <source>To {0}: {1}</source>
        <translation>To {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="392"/>
        <location filename="../../desktop/ui/automation_page.py" line="407"/>
        <location filename="../../desktop/ui/automation_page.py" line="433"/>
        <location filename="../../desktop/ui/automation_page.py" line="486"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="415"/>
        <source>block</source>
        <translation>block</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="415"/>
        <source>mask</source>
        <translation>mask</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="415"/>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="416"/>
        <source>allow</source>
        <translation>allow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="471"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="514"/>
        <source>Nothing would be done.</source>
        <translation>Nothing would be done.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="524"/>
        <source>… and {0} more</source>
        <translation>… and {0} more</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="534"/>
        <source>Simulate</source>
        <translation>Simulate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="535"/>
        <source>ShopDesk interchange (*.jsonl *.csv *.xlsx)</source>
        <translation>ShopDesk interchange (*.jsonl *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="541"/>
        <source>Simulating…</source>
        <translation>Simulating…</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="160"/>
        <source>BACKUPS</source>
        <translation>BACKUPS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="161"/>
        <source>Change folder…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="162"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="163"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="164"/>
        <source>Keep messages for (days)</source>
        <translation>Keep messages for (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="171"/>
        <source>Backups go to {0}</source>
        <translation>Backups go to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="175"/>
        <source>No backup yet. One is taken every day and when you quit; a synced folder (OneDrive, Dropbox, 坚果云) keeps a copy off this computer.</source>
        <translation>No backup yet. One is taken every day and when you quit; a synced folder (OneDrive, Dropbox, 坚果云) keeps a copy off this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="181"/>
        <source>{0} backups kept (7 daily, 4 weekly, 12 monthly). Newest: {1}, {2:.1f} MB, verified, SHA-256 {3}…</source>
        <translation>{0} backups kept (7 daily, 4 weekly, 12 monthly). Newest: {1}, {2:.1f} MB, verified, SHA-256 {3}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="189"/>
        <source>The shop database itself is in {0}. Syncing a live database can damage it: move it to a local folder and let backups go to the synced folder instead.</source>
        <translation>The shop database itself is in {0}. Syncing a live database can damage it: move it to a local folder and let backups go to the synced folder instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="194"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="201"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="215"/>
        <location filename="../../desktop/ui/jobs_card.py" line="220"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="217"/>
        <source>ShopDesk backups (*.sqlite)</source>
        <translation>ShopDesk backups (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="221"/>
        <source>Replace all of the shop&apos;s data with this backup&apos;s? The current data is backed up first, so this can be undone.</source>
        <translation>Replace all of the shop&apos;s data with this backup&apos;s? The current data is backed up first, so this can be undone.</translation>
    </message>
</context>
<context>
    <name>ChannelsCard</name>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="73"/>
        <source>CHANNELS</source>
        <translation>CHANNELS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="74"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="74"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="75"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="75"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="76"/>
        <source>Add webhook…</source>
        <translation>Add webhook…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="77"/>
        <source>Add e-mail…</source>
        <translation>Add e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="78"/>
        <source>Add TikTok Shop…</source>
        <translation>Add TikTok Shop…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="79"/>
        <source>Receive on this desktop</source>
        <translation>Receive on this desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="81"/>
        <source>Only one desktop of the team fetches a channel and sends its replies, so customers never get the same answer three times</source>
        <translation>Only one desktop of the team fetches a channel and sends its replies, so customers never get the same answer three times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="83"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="84"/>
        <source>Pause / resume</source>
        <translation>Pause / resume</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="85"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="86"/>
        <source>No channel yet: add your mailbox, TikTok Shop or a webhook with the buttons below.</source>
        <translation>No channel yet: add your mailbox, TikTok Shop or a webhook with the buttons below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="89"/>
        <source>E-mail and TikTok Shop are fetched every minute; a webhook lets any bridge (a Douyin/Feige relay, a website chat) deliver messages to this computer. Passwords and tokens are kept in the system keychain.</source>
        <translation>E-mail and TikTok Shop are fetched every minute; a webhook lets any bridge (a Douyin/Feige relay, a website chat) deliver messages to this computer. Passwords and tokens are kept in the system keychain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="99"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="102"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="103"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="103"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="105"/>
        <source>Received on another desktop</source>
        <translation>Received on another desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="142"/>
        <source>Webhook added</source>
        <translation>Webhook added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="143"/>
        <source>Bridges deliver messages to
  http://127.0.0.1:{0}/messages
with the header
  Authorization: Bearer {1}

The endpoint starts with the app (restart it now).</source>
        <translation>Bridges deliver messages to
  http://127.0.0.1:{0}/messages
with the header
  Authorization: Bearer {1}

The endpoint starts with the app (restart it now).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="148"/>
        <source>Add e-mail</source>
        <translation>Add e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="149"/>
        <location filename="../../desktop/ui/channels_card.py" line="164"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="149"/>
        <source>Address / user</source>
        <translation>Address / user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="150"/>
        <source>Password or app password</source>
        <translation>Password or app password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="151"/>
        <source>IMAP server</source>
        <translation>IMAP server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="152"/>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="153"/>
        <source>Security (ssl / starttls)</source>
        <translation>Security (ssl / starttls)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="163"/>
        <source>Add TikTok Shop</source>
        <translation>Add TikTok Shop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="187"/>
        <source>Testing {0}…</source>
        <translation>Testing {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="200"/>
        <source>Remove channel</source>
        <translation>Remove channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="201"/>
        <source>Disconnect {0}? Its conversations stay; nothing more comes in or goes out through it.</source>
        <translation>Disconnect {0}? Its conversations stay; nothing more comes in or goes out through it.</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../desktop/ui/choice_button.py" line="57"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="19"/>
        <location filename="../../desktop/ui/close_dialog.py" line="29"/>
        <source>Close conversation</source>
        <translation>Close conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="20"/>
        <source>The customer&apos;s question is resolved</source>
        <translation>The customer&apos;s question is resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="22"/>
        <source>Send the closing message first:</source>
        <translation>Send the closing message first:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="30"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="34"/>
        <source>Closing ends the customer&apos;s wait and counts toward your resolution rate.</source>
        <translation>Closing ends the customer&apos;s wait and counts toward your resolution rate.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/ui/composer.py" line="65"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="66"/>
        <source>Write a note only your team sees</source>
        <translation>Write a note only your team sees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="67"/>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="68"/>
        <location filename="../../desktop/ui/composer.py" line="97"/>
        <source>Attach an image</source>
        <translation>Attach an image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="69"/>
        <location filename="../../desktop/ui/composer.py" line="77"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="70"/>
        <source>Ctrl+Enter to send · / for templates</source>
        <translation>Ctrl+Enter to send · / for templates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="75"/>
        <source>Write an internal note (the customer does not see it)…</source>
        <translation>Write an internal note (the customer does not see it)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="76"/>
        <source>Reply to the customer…</source>
        <translation>Reply to the customer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="77"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="98"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="106"/>
        <source>{0} image(s) attached</source>
        <translation>{0} image(s) attached</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../desktop/ui/conversation_delegate.py" line="124"/>
        <source>You: </source>
        <translation>You: </translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="99"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="99"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="100"/>
        <source>All open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="100"/>
        <source>Waiting on us</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="101"/>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="101"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="102"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="112"/>
        <source>Longest waiting</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="113"/>
        <source>Newest</source>
        <translation>Newest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="114"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="124"/>
        <source>All channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="126"/>
        <source>All tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="127"/>
        <source>All agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="211"/>
        <source>No one is waiting for an agent. Well done!</source>
        <translation>No one is waiting for an agent. Well done!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="212"/>
        <source>Nothing assigned to you. Take one from “Unassigned”.</source>
        <translation>Nothing assigned to you. Take one from &quot;Unassigned&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="214"/>
        <source>Choose who works at this desktop in Settings to see your own conversations here.</source>
        <translation>Choose who works at this desktop in Settings to see your own conversations here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="216"/>
        <source>No customer is waiting for an answer.</source>
        <translation>No customer is waiting for an answer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="217"/>
        <source>Nothing snoozed. Snooze a conversation to hide it until a time or until the customer replies.</source>
        <translation>Nothing snoozed. Snooze a conversation to hide it until a time or until the customer replies.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="219"/>
        <source>Closed conversations will be listed here.</source>
        <translation>Closed conversations will be listed here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="220"/>
        <source>No open conversations with VIP customers. Mark a customer as VIP from the customer panel.</source>
        <translation>No open conversations with VIP customers. Mark a customer as VIP from the customer panel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="225"/>
        <source>No open conversations. New messages appear here as they arrive; to bring in history use File › Import, or try the demo shop.</source>
        <translation>No open conversations. New messages appear here as they arrive; to bring in history use File › Import, or try the demo shop.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="142"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="142"/>
        <location filename="../../desktop/ui/conversation_view.py" line="287"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="143"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="143"/>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="144"/>
        <location filename="../../desktop/ui/conversation_view.py" line="202"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="144"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="147"/>
        <source>Choose a conversation on the left to read and answer it.
New customer messages appear there by themselves.</source>
        <translation>Choose a conversation on the left to read and answer it.
New customer messages appear there by themselves.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="190"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="190"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="191"/>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="191"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="195"/>
        <source>Agent: {0}</source>
        <translation>Agent: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="201"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="208"/>
        <source>Low priority</source>
        <translation>Low priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="208"/>
        <source>Normal priority</source>
        <translation>Normal priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="209"/>
        <source>High priority</source>
        <translation>High priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="209"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="216"/>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="224"/>
        <source>New tag…</source>
        <translation>New tag…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="226"/>
        <source>Remove “{0}”</source>
        <translation>Remove &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="237"/>
        <source>Until the customer replies</source>
        <translation>Until the customer replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="238"/>
        <source>For 1 hour</source>
        <translation>For 1 hour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="239"/>
        <source>Until tomorrow 09:00</source>
        <translation>Until tomorrow 09:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="241"/>
        <source>Until next week</source>
        <translation>Until next week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="242"/>
        <source>Choose a time…</source>
        <translation>Choose a time…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="245"/>
        <source>Set category…</source>
        <translation>Set category…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="246"/>
        <source>Remove VIP</source>
        <translation>Remove VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="246"/>
        <source>Mark VIP</source>
        <translation>Mark VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="249"/>
        <source>Export transcript…</source>
        <translation>Export transcript…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="272"/>
        <source>Snooze until</source>
        <translation>Snooze until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="287"/>
        <source>Tag name:</source>
        <translation>Tag name:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="293"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="293"/>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="342"/>
        <source>Knowledge base:</source>
        <translation>Knowledge base:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="347"/>
        <source>match {0:.0%} · Ctrl+{1}</source>
        <translation>match {0:.0%} · Ctrl+{1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="387"/>
        <source>No matching reply template. Templates are set up on the Templates &amp; auto-reply page.</source>
        <translation>No matching reply template. Templates are set up on the Templates &amp; auto-reply page.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="31"/>
        <source>ShopDesk ran into a problem</source>
        <translation>ShopDesk ran into a problem</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="32"/>
        <source>Nothing you stored is lost. A report was saved to
{0}
Please send it to us.</source>
        <translation>Nothing you stored is lost. A report was saved to
{0}
Please send it to us.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash_dialog.py" line="35"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="76"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="77"/>
        <source>Earlier conversations</source>
        <translation>Earlier conversations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="78"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="79"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="80"/>
        <source>Add a note about this customer…</source>
        <translation>Add a note about this customer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="89"/>
        <source>Select a conversation to see the customer here.</source>
        <translation>Select a conversation to see the customer here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="96"/>
        <source>Remove VIP</source>
        <translation>Remove VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="96"/>
        <source>Mark VIP</source>
        <translation>Mark VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="97"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="97"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="98"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="99"/>
        <source>Channel: {0}</source>
        <translation>Channel: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="100"/>
        <source>Customer id: {0}</source>
        <translation>Customer id: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="101"/>
        <source>Language: {0}</source>
        <translation>Language: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="105"/>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="264"/>
        <source>Double-click a row to list its inquiries</source>
        <translation>Double-click a row to list its inquiries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="294"/>
        <source>{0:.1f} pts</source>
        <translation>{0:.1f} pts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_charts.py" line="94"/>
        <source>Inquiries and 24-hour response rate by day</source>
        <translation>Inquiries and 24-hour response rate by day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_charts.py" line="99"/>
        <location filename="../../desktop/ui/dashboard_charts.py" line="130"/>
        <location filename="../../desktop/ui/dashboard_charts.py" line="155"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_charts.py" line="104"/>
        <source>24-hour response rate</source>
        <translation>24-hour response rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_charts.py" line="129"/>
        <source>Inquiries by hour of day</source>
        <translation>Inquiries by hour of day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_charts.py" line="152"/>
        <source>First response time</source>
        <translation>First response time</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="109"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="113"/>
        <source>Today so far</source>
        <translation>Today so far</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="114"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="115"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="116"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="122"/>
        <source>Click to list the inquiries behind it</source>
        <translation>Click to list the inquiries behind it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="123"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="125"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="127"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="135"/>
        <source>Service score</source>
        <translation>Service score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="181"/>
        <source>30 % response speed ({0}), 50 % resolution ({1}), 20 % satisfaction ({2}); each scored 0–100 against its target</source>
        <translation>30 % response speed ({0}), 50 % resolution ({1}), 20 % satisfaction ({2}); each scored 0–100 against its target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="186"/>
        <source>yesterday at this time</source>
        <translation>yesterday at this time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="187"/>
        <source>the day before</source>
        <translation>the day before</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_page.py" line="188"/>
        <source>the %n days before</source>
        <translation>
            <numerusform>the day before</numerusform>
            <numerusform>the %n days before</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="189"/>
        <source>Updated {0} · ▲▼ against {1}</source>
        <translation>Updated {0} · ▲▼ vs. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="230"/>
        <source>Inquiries not responded within 24 hours</source>
        <translation>Inquiries not responded within 24 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="231"/>
        <source>Inquiries without a person&apos;s reply within 3 minutes</source>
        <translation>Inquiries without a person&apos;s reply within 3 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="232"/>
        <source>Inquiries handled by auto-reply</source>
        <translation>Inquiries handled by auto-reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="233"/>
        <source>Inquiries still waiting</source>
        <translation>Inquiries still waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="235"/>
        <source>Inquiries begun at {0}:00</source>
        <translation>Inquiries begun at {0}:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="236"/>
        <source>Inquiries of {0}</source>
        <translation>Inquiries of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="237"/>
        <source>Inquiries on {0}</source>
        <translation>Inquiries on {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="238"/>
        <source>Inquiries {0} answered first</source>
        <translation>Inquiries {0} answered first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="239"/>
        <source>Inquiries by first response time</source>
        <translation>Inquiries by first response time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="125"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="136"/>
        <source>24-hour response rate</source>
        <translation>24-hour response rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="130"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="137"/>
        <source>3-minute reply rate</source>
        <translation>3-minute reply rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="126"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="130"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="138"/>
        <source>First response (median)</source>
        <translation>First response (median)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="139"/>
        <source>Handled by auto-reply</source>
        <translation>Handled by auto-reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="140"/>
        <source>Resolution rate</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="141"/>
        <source>Satisfaction (4–5 stars)</source>
        <translation>Satisfaction (4–5 stars)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="125"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="142"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="234"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="129"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="129"/>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="129"/>
        <source>Inquiries answered first</source>
        <translation>Inquiries answered first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="131"/>
        <source>Closed / resolved</source>
        <translation>Closed / resolved</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="113"/>
        <source>Something went wrong; a report was saved to {0}</source>
        <translation>Something went wrong; a report was saved to {0}</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="22"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="23"/>
        <source>Saved {0} rows to {1}</source>
        <translation>Saved {0} rows to {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="28"/>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="34"/>
        <source>Export transcript</source>
        <translation>Export transcript</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="36"/>
        <source>Excel workbook (*.xlsx);;Text (*.txt)</source>
        <translation>Excel workbook (*.xlsx);;Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="51"/>
        <source>Export conversations</source>
        <translation>Export conversations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exporting.py" line="53"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="32"/>
        <location filename="../../desktop/ui/formatting.py" line="65"/>
        <source>{0}s</source>
        <translation>{0}s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="34"/>
        <source>{0}m {1:02d}s</source>
        <translation>{0}m {1:02d}s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="36"/>
        <source>{0}h {1:02d}m</source>
        <translation>{0}h {1:02d}m</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="39"/>
        <source>{0}d {1}h</source>
        <translation>{0}d {1}h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="67"/>
        <source>{0}m</source>
        <translation>{0}m</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="69"/>
        <source>{0}h</source>
        <translation>{0}h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="70"/>
        <source>{0}d</source>
        <translation>{0}d</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="76"/>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="78"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="69"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="70"/>
        <source>Save the conversations of this view (or the selected ones) as an Excel workbook</source>
        <translation>Save the conversations of this view (or the selected ones) as an Excel workbook</translation>
    </message>
</context>
<context>
    <name>InquiriesDialog</name>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="39"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="43"/>
        <source>Began</source>
        <translation>Began</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="43"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="43"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="44"/>
        <source>First reply by a person</source>
        <translation>First reply by a person</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="44"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="66"/>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inquiries_dialog.py" line="67"/>
        <source>The newest %n inquiries; double-click one to open its conversation.</source>
        <translation>
            <numerusform>The newest inquiry; double-click it to open its conversation.</numerusform>
            <numerusform>The newest %n inquiries; double-click one to open its conversation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/inquiries_dialog.py" line="69"/>
        <source>%n inquiries; double-click one to open its conversation.</source>
        <translation>
            <numerusform>1 inquiry; double-click it to open its conversation.</numerusform>
            <numerusform>%n inquiries; double-click one to open its conversation.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="78"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="79"/>
        <source>Auto reply</source>
        <translation>Auto reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inquiries_dialog.py" line="80"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>JobsCard</name>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="49"/>
        <source>SCHEDULED JOBS</source>
        <translation>SCHEDULED JOBS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="51"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="51"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="51"/>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="51"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="52"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="56"/>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="56"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="57"/>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="58"/>
        <source>Remove old messages</source>
        <translation>Remove old messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="59"/>
        <source>Unanswered questions digest</source>
        <translation>Unanswered questions digest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="67"/>
        <source>every {0} s</source>
        <translation>every {0} s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="69"/>
        <source>daily at {0}</source>
        <translation>daily at {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="71"/>
        <source>Mondays</source>
        <translation>Mondays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="71"/>
        <source>Tuesdays</source>
        <translation>Tuesdays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="71"/>
        <source>Wednesdays</source>
        <translation>Wednesdays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="72"/>
        <source>Thursdays</source>
        <translation>Thursdays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="72"/>
        <source>Fridays</source>
        <translation>Fridays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="72"/>
        <source>Saturdays</source>
        <translation>Saturdays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="73"/>
        <source>Sundays</source>
        <translation>Sundays</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="74"/>
        <source>{0} at {1}</source>
        <translation>{0} at {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="80"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="80"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="81"/>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="81"/>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="87"/>
        <source>{0} · next {1}</source>
        <translation>{0} · next {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="99"/>
        <source>Run now</source>
        <translation>Run now</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="150"/>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="151"/>
        <source>Search articles, or paste a customer&apos;s message</source>
        <translation>Search articles, or paste a customer&apos;s message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="152"/>
        <source>Import Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="153"/>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="154"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="154"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="155"/>
        <source>Questions (one per line)</source>
        <translation>Questions (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="156"/>
        <source>Offered by agents&apos; answers</source>
        <translation>Learned from agents&apos; replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="157"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="157"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="158"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="158"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="159"/>
        <source>Linked products</source>
        <translation>Linked products</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="159"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="162"/>
        <source>When an agent answers a customer with this article, the customer&apos;s words are offered here as a new way of asking; double-click one to add it</source>
        <translation>When an agent answers a customer with this article, the customer&apos;s words are offered here as a new way of asking; double-click one to add it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="164"/>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="165"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="167"/>
        <source>The answer customers get. Images and links are sent with it.</source>
        <translation>The answer customers get. Images and links are sent with it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="168"/>
        <source>e.g. 物流, 大促 (comma-separated)</source>
        <translation>e.g. 物流, 大促 (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="169"/>
        <source>product ids, comma-separated</source>
        <translation>product ids, comma-separated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="170"/>
        <source>review every (days)</source>
        <translation>review every (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="172"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="175"/>
        <source>from (YYYY-MM-DD, optional)</source>
        <translation>from (YYYY-MM-DD, optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="176"/>
        <source>until (YYYY-MM-DD, optional)</source>
        <translation>until (YYYY-MM-DD, optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="177"/>
        <source>Save article</source>
        <translation>Save article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="178"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="179"/>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="180"/>
        <source>QUESTIONS THE BASE MISSED THIS WEEK — click one to draft an article</source>
        <translation>UNANSWERED QUESTIONS THIS WEEK — click one to draft an article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="191"/>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="203"/>
        <source>No articles yet. Write your first answer on the right, or import an FAQ from Excel.</source>
        <translation>No articles yet. Write your first answer on the right, or import an FAQ from Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="206"/>
        <source>{0} article(s) due for review or expired.</source>
        <translation>{0} article(s) due for review or expired.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="207"/>
        <source>All articles are up to date.</source>
        <translation>All articles are up to date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="213"/>
        <source>{0}× {1}</source>
        <translation>{0}× {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="223"/>
        <source>A draft from the customers&apos; own words: check it and save.</source>
        <translation>A draft from the customers&apos; own words: check it and save.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="272"/>
        <source>Double-click to add as a question phrasing</source>
        <translation>Double-click to add as a question phrasing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="286"/>
        <source>Insert an image</source>
        <translation>Insert an image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="287"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="293"/>
        <location filename="../../desktop/ui/kb_page.py" line="296"/>
        <source>Insert a link</source>
        <translation>Insert a link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="293"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="297"/>
        <source>Words to show:</source>
        <translation>Words to show:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="324"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="341"/>
        <source>Import FAQ</source>
        <translation>Import FAQ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="342"/>
        <location filename="../../desktop/ui/kb_page.py" line="356"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="348"/>
        <source>Added {0}, updated {1}, skipped {2}.</source>
        <translation>Added {0}, updated {1}, skipped {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="350"/>
        <source>Row {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="355"/>
        <source>Export FAQ</source>
        <translation>Export FAQ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="359"/>
        <source>Exported {0} articles.</source>
        <translation>Exported {0} articles.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="175"/>
        <source>ShopDesk — customer service desk</source>
        <translation>ShopDesk — customer service desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176"/>
        <source>Auto-reply</source>
        <translation>Auto-reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="180"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="181"/>
        <source>Import history…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="182"/>
        <source>Export everything…</source>
        <translation>Export everything…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="183"/>
        <source>Open the demo shop</source>
        <translation>Open the demo shop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="184"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="185"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>Next conversation</source>
        <translation>Next conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="186"/>
        <source>Previous conversation</source>
        <translation>Previous conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187"/>
        <source>Write a reply</source>
        <translation>Write a reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="187"/>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>Close conversation</source>
        <translation>Close conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="188"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="191"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="192"/>
        <location filename="../../desktop/ui/main_window.py" line="385"/>
        <source>About ShopDesk</source>
        <translation>About ShopDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="222"/>
        <location filename="../../desktop/ui/main_window.py" line="298"/>
        <source> (+{0} more)</source>
        <translation> (+{0} more)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="245"/>
        <source>ShopDesk — {0} conversation(s) need you</source>
        <translation>ShopDesk — {0} conversation(s) need you</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="284"/>
        <source>This week {0} customer questions in {1} groups found no answer in the knowledge base.</source>
        <translation>This week {0} customer questions in {1} groups found no answer in the knowledge base.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="286"/>
        <source>Review them</source>
        <translation>Review them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="289"/>
        <source>{0} failed: {1}</source>
        <translation>{0} failed: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="291"/>
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="300"/>
        <source>ShopDesk reminder</source>
        <translation>ShopDesk reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="307"/>
        <source>The daily report for {0} is ready.</source>
        <translation>The daily report for {0} is ready.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="308"/>
        <source>Open report</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="310"/>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="311"/>
        <source>The report for {0} is ready: click to open it</source>
        <translation>The report for {0} is ready: click to open it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="351"/>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="352"/>
        <source>ShopDesk interchange (*.jsonl *.csv *.xlsx)</source>
        <translation>ShopDesk interchange (*.jsonl *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="355"/>
        <source>Importing {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="358"/>
        <source>Imported {0} messages and {1} events; {2} lines refused.</source>
        <translation>Imported {0} messages and {1} events; {2} lines refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="361"/>
        <source>Line {0}: {1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="363"/>
        <source>Import finished with problems</source>
        <translation>Import finished with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="374"/>
        <source>Export everything</source>
        <translation>Export everything</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="376"/>
        <source>JSON Lines (*.jsonl);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="381"/>
        <source>Exported {0} lines.</source>
        <translation>Exported {0} lines.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="386"/>
        <source>ShopDesk {0}
The helpdesk for small online shops.</source>
        <translation>ShopDesk {0}
The helpdesk for small online shops.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="397"/>
        <source>ShopDesk closed unexpectedly last time. Nothing you stored was lost; a report was saved to {0}.</source>
        <translation>ShopDesk closed unexpectedly last time. Nothing you stored was lost; a report was saved to {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="399"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="405"/>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="405"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="25"/>
        <source>{0} has been waiting for a reply</source>
        <translation>{0} has been waiting for a reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="27"/>
        <source>{0} is close to the 3-minute reply target</source>
        <translation>{0} is close to the 3-minute reply target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="29"/>
        <source>{0} has waited 20 hours: reply before the 24-hour window ends</source>
        <translation>{0} has waited 20 hours: reply before the 24-hour window ends</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="32"/>
        <source>A snoozed conversation is back</source>
        <translation>A snoozed conversation is back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="34"/>
        <source>{0}&apos;s complaint is still open after 48 hours</source>
        <translation>{0}&apos;s complaint is still open after 48 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="37"/>
        <source>{0} has not replied for 24 hours: send the closing message and close</source>
        <translation>{0} has not replied for 24 hours: send the closing message and close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="40"/>
        <source>{0} knowledge-base articles are due for review</source>
        <translation>{0} knowledge-base articles are due for review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="43"/>
        <source>Holiday mode starts tomorrow at {0}</source>
        <translation>Holiday mode starts tomorrow at {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="45"/>
        <source>Holiday mode ends tomorrow at {0}</source>
        <translation>Holiday mode ends tomorrow at {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="47"/>
        <source>Shift handover at {0}: {1} off, {2} on</source>
        <translation>Shift handover at {0}: {1} off, {2} on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="50"/>
        <source>{0}: {1} took this conversation at the same time; it is theirs now</source>
        <translation>{0}: {1} took this conversation at the same time; it is theirs now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="53"/>
        <source>Complaint surge: {0} complaints in the last hour</source>
        <translation>Complaint surge: {0} complaints in the last hour</translation>
    </message>
</context>
<context>
    <name>RemindersButton</name>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="83"/>
        <source>🔔 {0}</source>
        <translation>🔔 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reminders_button.py" line="84"/>
        <source>%n open reminders</source>
        <translation>
            <numerusform>1 open reminder</numerusform>
            <numerusform>%n open reminders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="90"/>
        <source>No reminders</source>
        <translation>No reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="98"/>
        <source>Dismiss all</source>
        <translation>Dismiss all</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="347"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="348"/>
        <source>Closed: outside working hours</source>
        <translation>Closed: outside working hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="349"/>
        <source>Closed: public holiday</source>
        <translation>Closed: public holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="350"/>
        <source>Closed day</source>
        <translation>Closed day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="351"/>
        <source>Holiday mode</source>
        <translation>Holiday mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="361"/>
        <source>closes at {0}</source>
        <translation>closes at {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="362"/>
        <source>opens at {0}</source>
        <translation>opens at {0}</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="129"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="131"/>
        <source>WORKING HOURS — drag across the grid, or type exact times</source>
        <translation>WORKING HOURS — drag across the grid, or type exact times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="170"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="170"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="139"/>
        <source>Times like 09:00-12:00,13:30-18:00; “closed” for a day off. A range that ends before it starts runs past midnight (17:00-01:00); 24:00 ends a day.</source>
        <translation>Times like 09:00-12:00,13:30-18:00; &quot;closed&quot; for a day off. A range that ends before it starts runs past midnight (17:00-01:00); 24:00 ends a day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="143"/>
        <source>Save hours</source>
        <translation>Save hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="144"/>
        <source>HOLIDAY MODE</source>
        <translation>HOLIDAY MODE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="145"/>
        <source>On now, until I switch it off</source>
        <translation>On now, until I switch it off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="146"/>
        <source>Planned for these dates</source>
        <translation>Planned for these dates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="148"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="148"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="148"/>
        <source>Reply to customers</source>
        <translation>Reply to customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="151"/>
        <source>Save holiday mode</source>
        <translation>Save holiday mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="153"/>
        <source>PUBLIC HOLIDAYS — the coming 12 months (tick to work the day anyway)</source>
        <translation>PUBLIC HOLIDAYS — the coming 12 months (tick to work the day anyway)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="156"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="156"/>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="156"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="156"/>
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="158"/>
        <source>Close the shop on the days of a calendar (.ics)…</source>
        <translation>Import closed days from a calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="159"/>
        <source>SHIFTS AND HANDOVER</source>
        <translation>SHIFTS AND HANDOVER</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="160"/>
        <source>Agent, e.g. 小李</source>
        <translation>Agent, e.g. 小李</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="161"/>
        <source>e.g. daily 08:00-17:00</source>
        <translation>e.g. daily 08:00-17:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="162"/>
        <source>Save shift</source>
        <translation>Save shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="164"/>
        <source>Handover note for the next shift (Enter to save)</source>
        <translation>Handover note for the next shift (Enter to save)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="198"/>
        <source>holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="198"/>
        <source>make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="222"/>
        <source>No shifts yet.</source>
        <translation>No shifts yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="261"/>
        <source>closed</source>
        <comment>a day without working hours</comment>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="276"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="317"/>
        <source>Import days off</source>
        <translation>Import days off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="318"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="321"/>
        <source>{0} day(s) closed.</source>
        <translation>{0} day(s) closed.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="49"/>
        <source>Search all history: words, names, order ids (Ctrl+F)</source>
        <translation>Search all history: words, names, order ids (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="55"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="68"/>
        <source>{0} result(s)</source>
        <translation>{0} result(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="69"/>
        <source>No results. Try fewer or shorter words.</source>
        <translation>No results. Try fewer or shorter words.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="153"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="154"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="155"/>
        <source>Who works at this desktop</source>
        <translation>Who works at this desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="156"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="156"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="157"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="157"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="159"/>
        <source>Add agent…</source>
        <translation>Add agent…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="160"/>
        <source>Play a sound when a new message arrives</source>
        <translation>Play a sound when a new message arrives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="161"/>
        <source>TARGETS — green from, yellow from (below: red)</source>
        <translation>TARGETS — green from, yellow from (below: red)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="162"/>
        <source>24-hour response rate</source>
        <translation>24-hour response rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="163"/>
        <source>First response, mean (at most)</source>
        <translation>First response, mean (at most)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="164"/>
        <source>3-minute reply rate</source>
        <translation>3-minute reply rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="165"/>
        <source>Resolution rate</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="166"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="170"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="171"/>
        <source>Green (on target)</source>
        <translation>Green (on target)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="172"/>
        <source>Yellow (close)</source>
        <translation>Yellow (close)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="173"/>
        <source>Save targets</source>
        <translation>Save targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="174"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="176"/>
        <source>Channels are below. History from elsewhere comes in with File › Import.</source>
        <translation>Channels are below. History from elsewhere comes in with File › Import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="184"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="186"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="186"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="202"/>
        <source>Unknown time zone: {0}</source>
        <translation>Unknown time zone: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="206"/>
        <location filename="../../desktop/ui/settings_page.py" line="212"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="216"/>
        <source>Add agent</source>
        <translation>Add agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="216"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="52"/>
        <source>Working hours and holiday mode — click to change</source>
        <translation>Working hours and holiday mode — click to change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="53"/>
        <source>Sync: this desktop only</source>
        <translation>Sync: this desktop only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="103"/>
        <source>Scheduler: idle</source>
        <translation>Scheduler: idle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="56"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="51"/>
        <source>○ No channel connected yet (Settings › Channels)</source>
        <translation>○ No channel connected yet (Settings › Channels)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="57"/>
        <source>● On a break</source>
        <translation>● On a break</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="58"/>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="67"/>
        <source>● {0}: {1}</source>
        <translation>● {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="71"/>
        <source>● %n channel(s) connected</source>
        <translation>
            <numerusform>● 1 channel connected</numerusform>
            <numerusform>● %n channels connected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="78"/>
        <source>Sync: {0}</source>
        <translation>Sync: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="85"/>
        <source>Synced {0} · {1} waiting</source>
        <translation>Synced {0} · {1} waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="88"/>
        <source> · %n change(s) set aside</source>
        <translation>
            <numerusform> · %n change set aside</numerusform>
            <numerusform> · %n changes set aside</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="90"/>
        <source>Changes from the team this desktop cannot apply yet (for example made by a newer ShopDesk). Everything else is in sync; they are tried again at every sync, and the owner sees them with &apos;shopdesk hub changes&apos;.</source>
        <translation>Changes from the team this desktop cannot apply yet (for example made by a newer ShopDesk). Everything else is in sync; they are tried again at every sync, and the owner sees them with &apos;shopdesk hub changes&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="95"/>
        <source> · this computer&apos;s clock is %n minute(s) off the team&apos;s</source>
        <translation>
            <numerusform> · this computer&apos;s clock is %n minute off the team&apos;s</numerusform>
            <numerusform> · this computer&apos;s clock is %n minutes off the team&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="104"/>
        <source>Scheduler: running {0}…</source>
        <translation>Scheduler: running {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="123"/>
        <source>Holiday mode starts within a day: switch on the platforms&apos; own holiday mode too (TikTok Shop&apos;s takes about an hour to apply).</source>
        <translation>Holiday mode starts within a day: switch on the platforms&apos; own holiday mode too (TikTok Shop&apos;s takes about an hour to apply).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="126"/>
        <source>Holiday mode ends within a day: remember to switch the platforms&apos; holiday mode off.</source>
        <translation>Holiday mode ends within a day: remember to switch the platforms&apos; holiday mode off.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="139"/>
        <source>Queue: nobody waiting</source>
        <translation>Queue: nobody waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="143"/>
        <source>Queue: {0} waiting · longest {1}</source>
        <translation>Queue: {0} waiting · longest {1}</translation>
    </message>
</context>
<context>
    <name>TeamCard</name>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="42"/>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="43"/>
        <source>Paste the join code the owner gave you (SD1-…)</source>
        <translation>Paste the join code the owner gave you (SD1-…)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="44"/>
        <source>Join the team</source>
        <translation>Join the team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="45"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="58"/>
        <source>Working alone on this desktop. To share one shop with your team, the owner runs the hub (shopdesk hub) and gives each desktop a join code.</source>
        <translation>Working alone on this desktop. To share one shop with your team, the owner runs the hub (shopdesk hub) and gives each desktop a join code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="61"/>
        <source>Team hub {0}: {1}</source>
        <translation>Team hub {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="64"/>
        <source>Syncing with {0} every minute; {1} changes waiting to be sent.</source>
        <translation>Syncing with {0} every minute; {1} changes waiting to be sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/team_card.py" line="71"/>
        <source>Joining and receiving the shop…</source>
        <translation>Joining and receiving the shop…</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="29"/>
        <source>Show all ({0:,} characters)</source>
        <translation>Show all ({0:,} characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="39"/>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="49"/>
        <source>image not available</source>
        <translation>image not available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="56"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="57"/>
        <source>The customer sent an order</source>
        <translation>The customer sent an order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="60"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="80"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="83"/>
        <source>retry</source>
        <translation>retry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="89"/>
        <source>not sent yet: another computer may have sent it</source>
        <translation>not sent yet: another computer may have sent it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="93"/>
        <source>send it</source>
        <translation>send it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="102"/>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="96"/>
        <location filename="../../desktop/ui/thread_html.py" line="105"/>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="109"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="129"/>
        <source>Show {0} earlier messages</source>
        <translation>Show {0} earlier messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="147"/>
        <source>{0} · internal note</source>
        <translation>{0} · internal note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="153"/>
        <source>Auto-reply</source>
        <translation>Auto-reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="170"/>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="210"/>
        <source>Add webhook</source>
        <translation>Add webhook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="218"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="219"/>
        <source>Port on this computer</source>
        <translation>Port on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="220"/>
        <source>Replies go to (optional)</source>
        <translation>Replies go to (optional)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="84"/>
        <location filename="../../desktop/ui/welcome.py" line="85"/>
        <source>Welcome to ShopDesk</source>
        <translation>Welcome to ShopDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="86"/>
        <source>A few questions and your desk is ready. Everything can be changed later in Settings.</source>
        <translation>A few questions and your desk is ready. Everything can be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="88"/>
        <source>Joining your team? Paste the join code the owner gave you and say who you are below: the shop&apos;s name, time zone and hours come from the team.</source>
        <translation>Joining your team? Paste the join code the owner gave you and say who you are below: the shop&apos;s name, time zone and hours come from the team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="91"/>
        <source>Join code</source>
        <translation>Join code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="92"/>
        <source>Join the team</source>
        <translation>Join the team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="93"/>
        <source>Or set up a new shop:</source>
        <translation>Or set up a new shop:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="94"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="94"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="95"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="95"/>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="96"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="98"/>
        <source>e.g. 小王</source>
        <translation>e.g. 小王</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="100"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="101"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="102"/>
        <source>Add a channel</source>
        <translation>Add a channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="102"/>
        <source>Import history…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="103"/>
        <source>Open the demo shop</source>
        <translation>Open the demo shop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="103"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
</TS>
