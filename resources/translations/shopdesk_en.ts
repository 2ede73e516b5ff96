<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AfterSales</name>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="33"/>
        <source>Return and refund</source>
        <translation>Return and refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="34"/>
        <source>Refund only</source>
        <translation>Refund only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="35"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="36"/>
        <source>Price protection</source>
        <translation>Price protection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="37"/>
        <source>Resend missing item</source>
        <translation>Resend missing item</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="38"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="39"/>
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="44"/>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="45"/>
        <source>Buyer to send back</source>
        <translation>Buyer to send back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="46"/>
        <source>Returned goods to check</source>
        <translation>Returned goods to check</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="47"/>
        <source>To ship</source>
        <translation>To ship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="48"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="54"/>
        <source>No deadline</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="56"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="71"/>
        <source>After-sales: {0} · {1} · {2} · {3} left</source>
        <translation>After-sales: {0} · {1} · {2} · {3} left</translation>
    </message>
</context>
<context>
    <name>AfterSalesView</name>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="120"/>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="120"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="120"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="120"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="121"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="121"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="121"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="122"/>
        <source>Open after-sales requests, nearest deadline first. Agree or refuse in the platform&apos;s back office; a double-click opens the customer&apos;s conversation.</source>
        <translation>Open after-sales requests, nearest deadline first. Agree or refuse in the platform&apos;s back office; a double-click opens the customer&apos;s conversation.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/aftersales_view.py" line="146"/>
        <source>After-sales {0}</source>
        <translation>After-sales {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/aftersales_view.py" line="147"/>
        <source>%n open after-sales requests</source>
        <translation>
            <numerusform>%n open after-sales request</numerusform>
            <numerusform>%n open after-sales requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentDialog</name>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="160"/>
        <source>Edit agent</source>
        <translation>Edit agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="160"/>
        <source>Add agent</source>
        <translation>Add agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="164"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="165"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="170"/>
        <source>1 answers first; escalations go to tiers 2 and 3</source>
        <translation>1 answers first; escalations go to tiers 2 and 3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="177"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="178"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="179"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="180"/>
        <source>Most chats at once</source>
        <translation>Most chats at once</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="193"/>
        <source>An agent needs a name.</source>
        <translation>An agent needs a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="195"/>
        <source>There is already an agent called {0}.</source>
        <translation>There is already an agent called {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="197"/>
        <source>“{0}” is a word ShopDesk keeps for itself; choose another name.</source>
        <translation>&quot;{0}&quot; is a word ShopDesk keeps for itself; choose another name.</translation>
    </message>
</context>
<context>
    <name>AgentStatus</name>
    <message>
        <location filename="../../desktop/ui/agent_status.py" line="20"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_status.py" line="21"/>
        <source>On a break</source>
        <translation>On a break</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agent_status.py" line="22"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>AgentsCard</name>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="63"/>
        <source>AGENTS</source>
        <translation>AGENTS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="64"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="64"/>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="65"/>
        <source>Most chats at once</source>
        <translation>Most chats at once</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="65"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="66"/>
        <source>Add agent…</source>
        <translation>Add agent…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="67"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="68"/>
        <source>Invite a teammate…</source>
        <translation>Invite a teammate…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="69"/>
        <source>A join code for a teammate&apos;s desktop, so it syncs with the team&apos;s hub</source>
        <translation>A join code for a teammate&apos;s desktop, so it syncs with the team&apos;s hub</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="80"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="80"/>
        <source>On a break</source>
        <translation>On a break</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="81"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="83"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="83"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="85"/>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="108"/>
        <source>Bring back</source>
        <translation>Bring back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="109"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="121"/>
        <source>{0} added.</source>
        <translation>{0} added.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="132"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="138"/>
        <source>{0} is back: they can sign in and be assigned again.</source>
        <translation>{0} is back: they can sign in and be assigned again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="139"/>
        <source>{0} is deactivated: their conversations and figures stay, nothing new is assigned to them.</source>
        <translation>{0} is deactivated: their conversations and figures stay, nothing new is assigned to them.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="33"/>
        <source>Transfer the conversation</source>
        <translation>Transfer the conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="42"/>
        <source> (now)</source>
        <translation> (now)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="47"/>
        <source>Note for the colleague (optional, kept in the thread)</source>
        <translation>Note for the colleague (optional, kept in the thread)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="51"/>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="52"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="56"/>
        <source>Transfer to:</source>
        <translation>Transfer to:</translation>
    </message>
</context>
<context>
    <name>AutomationPage</name>
    <message>
        <location filename="../../desktop/ui/automation_page.py" line="38"/>
        <source>Templates &amp; auto-reply</source>
        <translation>Templates &amp; auto-reply</translation>
    </message>
</context>
<context>
    <name>BackupCard</name>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="179"/>
        <source>BACKUPS</source>
        <translation>BACKUPS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="180"/>
        <source>Change folder…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="181"/>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="182"/>
        <source>Restore from a backup…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="183"/>
        <source>Keep messages for (days)</source>
        <translation>Keep messages for (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="190"/>
        <source>Backups go to {0}</source>
        <translation>Backups go to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="194"/>
        <source>No backup yet. One is taken every day and when you quit; a synced folder (OneDrive, Dropbox, 坚果云) keeps a copy off this computer.</source>
        <translation>No backup yet. One is taken every day and when you quit; a synced folder (OneDrive, Dropbox, 坚果云) keeps a copy off this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="200"/>
        <source>{0} backups kept (7 daily, 4 weekly, 12 monthly). Newest: {1}, {2:.1f} MB, verified, SHA-256 {3}…</source>
        <translation>{0} backups kept (7 daily, 4 weekly, 12 monthly). Newest: {1}, {2:.1f} MB, verified, SHA-256 {3}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="208"/>
        <source>The shop database itself is in {0}. Syncing a live database can damage it: move it to a local folder and let backups go to the synced folder instead.</source>
        <translation>The shop database itself is in {0}. Syncing a live database can damage it: move it to a local folder and let backups go to the synced folder instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="213"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="220"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="234"/>
        <location filename="../../desktop/ui/jobs_card.py" line="239"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="236"/>
        <source>ShopDesk backups (*.sqlite)</source>
        <translation>ShopDesk backups (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="240"/>
        <source>Replace all of the shop&apos;s data with this backup&apos;s? The current data is backed up first, so this can be undone.</source>
        <translation>Replace all of the shop&apos;s data with this backup&apos;s? The current data is backed up first, so this can be undone.</translation>
    </message>
</context>
<context>
    <name>BridgeDialog</name>
    <message>
        <location filename="../../desktop/ui/bridge_dialog.py" line="23"/>
        <source>Chat bridge of {0}</source>
        <translation>Chat bridge of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bridge_dialog.py" line="26"/>
        <source>The webhook channel this 抖店 shop&apos;s chats arrive through: the order cards it delivers are answered with the orders looked up on 抖店. A bridge serves one 抖店 shop.</source>
        <translation>The webhook channel this 抖店 shop&apos;s chats arrive through: the order cards it delivers are answered with the orders looked up on 抖店. A bridge serves one 抖店 shop.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bridge_dialog.py" line="32"/>
        <source>No bridge</source>
        <translation>No bridge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/bridge_dialog.py" line="42"/>
        <source>Chats arrive through</source>
        <translation>Chats arrive through</translation>
    </message>
</context>
<context>
    <name>CalendarImport</name>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="30"/>
        <source>Read {0} event(s): {1} day(s) closed, {2} time(s) closed for some hours, {3} make-up working day(s) recognised and kept open.</source>
        <translation>Read {0} event(s): {1} day(s) closed, {2} time(s) closed for some hours, {3} make-up working day(s) recognised and kept open.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="37"/>
        <source>{0} already over</source>
        <translation>{0} already over</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="38"/>
        <source>{0} more than two years ahead</source>
        <translation>{0} more than two years ahead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="39"/>
        <source>{0} cancelled</source>
        <translation>{0} cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="40"/>
        <source>{0} without a length</source>
        <translation>{0} without a length</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="41"/>
        <source>{0} longer than a year</source>
        <translation>{0} longer than a year</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="42"/>
        <source>{0} without a start</source>
        <translation>{0} without a start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="43"/>
        <source>{0} repeating more often than daily</source>
        <translation>{0} repeating more often than daily</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="45"/>
        <source>, </source>
        <comment>between the reasons events were skipped</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="48"/>
        <source> Skipped {0}: {1}.</source>
        <translation> Skipped {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="54"/>
        <source>This file is not a calendar (.ics); nothing was changed.</source>
        <translation>This file is not a calendar (.ics); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="57"/>
        <source>Line {0} of the calendar cannot be read ({1}); nothing was changed.</source>
        <translation>Line {0} of the calendar cannot be read ({1}); nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ics_message.py" line="61"/>
        <source>Line {0} of the calendar has a date or rule that cannot be read ({1}); nothing was changed.</source>
        <translation>Line {0} of the calendar has a date or rule that cannot be read ({1}); nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ChannelsCard</name>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="86"/>
        <source>CHANNELS</source>
        <translation>CHANNELS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="87"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="87"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="88"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="88"/>
        <source>Waiting to send</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="89"/>
        <source>Add webhook…</source>
        <translation>Add webhook…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="90"/>
        <source>Add e-mail…</source>
        <translation>Add e-mail…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="92"/>
        <source>Receive on this desktop</source>
        <translation>Receive on this desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="94"/>
        <source>Only one desktop of the team fetches a channel and sends its replies, so customers never get the same answer three times</source>
        <translation>Only one desktop of the team fetches a channel and sends its replies, so customers never get the same answer three times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="96"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="97"/>
        <source>Pause / resume</source>
        <translation>Pause / resume</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="98"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="99"/>
        <source>Chat bridge…</source>
        <translation>Chat bridge…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="101"/>
        <source>For a 抖店 shop: the webhook channel its chats arrive through</source>
        <translation>For a 抖店 shop: the webhook channel its chats arrive through</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="102"/>
        <source>No channel yet: add your mailbox, TikTok Shop or a webhook with the buttons below.</source>
        <translation>No channel yet: add your mailbox, TikTok Shop or a webhook with the buttons below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="105"/>
        <source>E-mail and TikTok Shop are fetched every minute; a webhook lets any bridge (a Douyin/Feige relay, a website chat) deliver messages to this computer. Passwords and tokens are kept in the system keychain.</source>
        <translation>E-mail and TikTok Shop are fetched every minute; a webhook lets any bridge (a Douyin/Feige relay, a website chat) deliver messages to this computer. Passwords and tokens are kept in the system keychain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="124"/>
        <source>Not receiving: port {0} is used by another program</source>
        <translation>Not receiving: port {0} is used by another program</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="126"/>
        <source>Not receiving: its token is not on this computer; add the channel again here</source>
        <translation>Not receiving: its token is not on this computer; add the channel again here</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="145"/>
        <source>Receiving on port {0}</source>
        <translation>Receiving on port {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="147"/>
        <source>Not receiving</source>
        <translation>Not receiving</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="175"/>
        <source>Douyin shop (orders; chats through {0})</source>
        <translation>Douyin shop (orders; chats through {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="177"/>
        <source>Douyin shop (orders)</source>
        <translation>Douyin shop (orders)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="209"/>
        <source>Bridges deliver messages to
  http://127.0.0.1:{0}/messages
with the header
  Authorization: Bearer {1}

ShopDesk receives them while it is open; the State column shows whether it is receiving.</source>
        <translation>Bridges deliver messages to
  http://127.0.0.1:{0}/messages
with the header
  Authorization: Bearer {1}

ShopDesk receives them while it is open; the State column shows whether it is receiving.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="234"/>
        <source>{0} is connected (the shop {1} on TikTok). Its tokens are kept in the system keychain.</source>
        <translation>{0} is connected (the shop {1} on TikTok). Its tokens are kept in the system keychain.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="134"/>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="137"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="132"/>
        <source>Received on another desktop</source>
        <translation>Received on another desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="91"/>
        <source>Connect TikTok Shop…</source>
        <translation>Connect TikTok Shop…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="208"/>
        <source>Webhook added</source>
        <translation>Webhook added</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="215"/>
        <source>Add e-mail</source>
        <translation>Add e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="216"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="216"/>
        <source>Address / user</source>
        <translation>Address / user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="217"/>
        <source>Password or app password</source>
        <translation>Password or app password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="218"/>
        <source>IMAP server</source>
        <translation>IMAP server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="219"/>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="220"/>
        <source>Security (ssl / starttls)</source>
        <translation>Security (ssl / starttls)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="256"/>
        <source>Order cards arriving through {0} are answered with the orders of {1}.</source>
        <translation>Order cards arriving through {0} are answered with the orders of {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="258"/>
        <source>{0} has no chat bridge now.</source>
        <translation>{0} has no chat bridge now.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="269"/>
        <source>Testing {0}…</source>
        <translation>Testing {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="283"/>
        <source>Remove channel</source>
        <translation>Remove channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="284"/>
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
        <location filename="../../desktop/ui/close_dialog.py" line="21"/>
        <location filename="../../desktop/ui/close_dialog.py" line="38"/>
        <source>Close conversation</source>
        <translation>Close conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="22"/>
        <source>The customer&apos;s question is resolved</source>
        <translation>The customer&apos;s question is resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="24"/>
        <source>Send the closing message first:</source>
        <translation>Send the closing message first:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="29"/>
        <source>Invite the customer to rate the service:</source>
        <translation>Invite the customer to rate the service:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="40"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/close_dialog.py" line="44"/>
        <source>Closing ends the customer&apos;s wait and counts toward your resolution rate.</source>
        <translation>Closing ends the customer&apos;s wait and counts toward your resolution rate.</translation>
    </message>
</context>
<context>
    <name>ClosingCard</name>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="45"/>
        <source>CLOSING A CONVERSATION — offered in the close dialog</source>
        <translation>CLOSING A CONVERSATION — offered in the close dialog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="47"/>
        <source>Closing message (Chinese)</source>
        <translation>Closing message (Chinese)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="47"/>
        <source>Closing message (English)</source>
        <translation>Closing message (English)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="48"/>
        <source>Rating invitation</source>
        <translation>Rating invitation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="48"/>
        <source>Invitation (Chinese)</source>
        <translation>Invitation (Chinese)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="49"/>
        <source>Invitation (English)</source>
        <translation>Invitation (English)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="51"/>
        <source>Ticked in the close dialog</source>
        <translation>Ticked in the close dialog</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="52"/>
        <source>Save closing texts</source>
        <translation>Save closing texts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/closing_card.py" line="64"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/ui/composer.py" line="111"/>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="112"/>
        <source>Write a note only your team sees</source>
        <translation>Write a note only your team sees</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="113"/>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="114"/>
        <location filename="../../desktop/ui/composer.py" line="275"/>
        <source>Attach an image</source>
        <translation>Attach an image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="115"/>
        <location filename="../../desktop/ui/composer.py" line="123"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="116"/>
        <source>Ctrl+Enter to send · / for templates</source>
        <translation>Ctrl+Enter to send · / for templates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="121"/>
        <source>Write an internal note (the customer does not see it)…</source>
        <translation>Write an internal note (the customer does not see it)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="122"/>
        <source>Reply to the customer…</source>
        <translation>Reply to the customer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="123"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="227"/>
        <source>No matching reply template. Templates are set up on the Templates &amp; auto-reply page.</source>
        <translation>No matching reply template. Templates are set up on the Templates &amp; auto-reply page.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="259"/>
        <source>Not sent: “{0}” cannot be sent here ({1}). Change the marked words, then send again.</source>
        <translation>Not sent: “{0}” cannot be sent here ({1}). Change the marked words, then send again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="276"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="284"/>
        <source>{0} image(s) attached</source>
        <translation>{0} image(s) attached</translation>
    </message>
</context>
<context>
    <name>ConnectWords</name>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="21"/>
        <source>{platform} could not answer just now: wait a few minutes, then authorise again and paste the new address.</source>
        <translation>{platform} could not answer just now: wait a few minutes, then authorise again and paste the new address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="25"/>
        <source>{platform} did not accept this authorisation: the code has been used already or is too old, or the App key and App secret are not this app&apos;s. Check them, authorise again and paste the new address (a code works once).</source>
        <translation>{platform} did not accept this authorisation: the code has been used already or is too old, or the App key and App secret are not this app&apos;s. Check them, authorise again and paste the new address (a code works once).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="29"/>
        <source>{platform} refused the request&apos;s signature: the App secret is not this App key&apos;s. Copy both again from the app&apos;s page, then authorise again and paste the new address.</source>
        <translation>{platform} refused the request&apos;s signature: the App secret is not this App key&apos;s. Copy both again from the app&apos;s page, then authorise again and paste the new address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="33"/>
        <source>{platform} asked for fewer requests just now: wait a minute, then authorise again and paste the new address.</source>
        <translation>{platform} asked for fewer requests just now: wait a minute, then authorise again and paste the new address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="36"/>
        <source>{platform} cannot be reached: check this computer&apos;s internet connection, then connect again.</source>
        <translation>{platform} cannot be reached: check this computer&apos;s internet connection, then connect again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="42"/>
        <source>{platform} refused this computer&apos;s address: add it to the app&apos;s IP whitelist, then authorise again and paste the new address.</source>
        <translation>{platform} refused this computer&apos;s address: add it to the app&apos;s IP whitelist, then authorise again and paste the new address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="45"/>
        <source>{platform} did not connect the shop. Authorise again and paste the new address (a code works once); if it happens again, show {platform}&apos;s support the platform&apos;s words below.</source>
        <translation>{platform} did not connect the shop. Authorise again and paste the new address (a code works once); if it happens again, show {platform}&apos;s support the platform&apos;s words below.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="49"/>
        <source>No shop has authorised this app on {platform} yet: on the authorisation page, sign in as the shop and authorise, then paste the new address.</source>
        <translation>No shop has authorised this app on {platform} yet: on the authorisation page, sign in as the shop and authorise, then paste the new address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="62"/>
        <source>Platform&apos;s own words: {0} (code {1})</source>
        <translation>Platform&apos;s own words: {0} (code {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/connect_words.py" line="64"/>
        <source>Platform&apos;s own words: {0}</source>
        <translation>Platform&apos;s own words: {0}</translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../../desktop/ui/conversation_delegate.py" line="132"/>
        <source>You: </source>
        <translation>You: </translation>
    </message>
</context>
<context>
    <name>ConversationHeader</name>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="112"/>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="112"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="112"/>
        <source>Snooze</source>
        <translation>Snooze</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="113"/>
        <location filename="../../desktop/ui/conversation_header.py" line="135"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="113"/>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="121"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="121"/>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="122"/>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="122"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="126"/>
        <source>Agent: {0}</source>
        <translation>Agent: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="127"/>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="134"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="140"/>
        <source>Low priority</source>
        <translation>Low priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="140"/>
        <source>Normal priority</source>
        <translation>Normal priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="141"/>
        <source>High priority</source>
        <translation>High priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="141"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="156"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="163"/>
        <source>Until the customer replies</source>
        <translation>Until the customer replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="164"/>
        <source>For 1 hour</source>
        <translation>For 1 hour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="165"/>
        <source>Until tomorrow 09:00</source>
        <translation>Until tomorrow 09:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="167"/>
        <source>Until next week</source>
        <translation>Until next week</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="168"/>
        <source>Choose a time…</source>
        <translation>Choose a time…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="170"/>
        <source>Set category…</source>
        <translation>Set category…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="171"/>
        <source>Remove VIP</source>
        <translation>Remove VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="171"/>
        <source>Mark VIP</source>
        <translation>Mark VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="174"/>
        <source>Export transcript…</source>
        <translation>Export transcript…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="183"/>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="194"/>
        <source>Transfer with a note…</source>
        <translation>Transfer with a note…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="226"/>
        <source>Snooze until</source>
        <translation>Snooze until</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="242"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_header.py" line="242"/>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="123"/>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="123"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="124"/>
        <source>All open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="124"/>
        <source>Waiting on us</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="125"/>
        <source>Snoozed</source>
        <translation>Snoozed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="125"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="126"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="139"/>
        <source>Longest waiting</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="139"/>
        <source>Newest</source>
        <translation>Newest</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="140"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="158"/>
        <source>All channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="160"/>
        <source>All tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="161"/>
        <source>All agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="280"/>
        <source>Only: %1</source>
        <translation>Only: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="281"/>
        <source>Show everyone waiting</source>
        <translation>Show everyone waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="308"/>
        <source>No one is waiting for an agent. Well done!</source>
        <translation>No one is waiting for an agent. Well done!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="309"/>
        <source>Nothing assigned to you. Take one from “Unassigned”.</source>
        <translation>Nothing assigned to you. Take one from &quot;Unassigned&quot;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="311"/>
        <source>Choose who works at this desktop in Settings to see your own conversations here.</source>
        <translation>Choose who works at this desktop in Settings to see your own conversations here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="313"/>
        <source>No customer is waiting for an answer.</source>
        <translation>No customer is waiting for an answer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="314"/>
        <source>Nothing snoozed. Snooze a conversation to hide it until a time or until the customer replies.</source>
        <translation>Nothing snoozed. Snooze a conversation to hide it until a time or until the customer replies.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="316"/>
        <source>Closed conversations will be listed here.</source>
        <translation>Closed conversations will be listed here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="317"/>
        <source>No open conversations with VIP customers. Mark a customer as VIP from the customer panel.</source>
        <translation>No open conversations with VIP customers. Mark a customer as VIP from the customer panel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_list.py" line="322"/>
        <source>No open conversations. New messages appear here as they arrive; to bring in history use File › Import, or try the demo shop.</source>
        <translation>No open conversations. New messages appear here as they arrive; to bring in history use File › Import, or try the demo shop.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="142"/>
        <source>Choose a conversation on the left to read and answer it.
New customer messages appear there by themselves.</source>
        <translation>Choose a conversation on the left to read and answer it.
New customer messages appear there by themselves.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="287"/>
        <source>Knowledge base:</source>
        <translation>Knowledge base:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversation_view.py" line="292"/>
        <source>match {0:.0%} · Ctrl+{1}</source>
        <translation>match {0:.0%} · Ctrl+{1}</translation>
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
    <name>CustomerLanguage</name>
    <message>
        <location filename="../../desktop/ui/customer_language.py" line="40"/>
        <source>not told yet</source>
        <translation>not told yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_language.py" line="41"/>
        <source>As they write ({0})</source>
        <translation>As they write ({0})</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="82"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="84"/>
        <source>Earlier conversations</source>
        <translation>Earlier conversations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="85"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="86"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="87"/>
        <source>Add a note about this customer…</source>
        <translation>Add a note about this customer…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="98"/>
        <source>Select a conversation to see the customer here.</source>
        <translation>Select a conversation to see the customer here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="106"/>
        <source>Remove VIP</source>
        <translation>Remove VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="106"/>
        <source>Mark VIP</source>
        <translation>Mark VIP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="107"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="108"/>
        <source>Channel: {0}</source>
        <translation>Channel: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="109"/>
        <source>Customer id: {0}</source>
        <translation>Customer id: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="110"/>
        <source>Language: {0}</source>
        <translation>Language: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/customer_panel.py" line="114"/>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="313"/>
        <source>Double-click a row to list its inquiries</source>
        <translation>Double-click a row to list its inquiries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="343"/>
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
        <location filename="../../desktop/ui/dashboard_page.py" line="134"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="138"/>
        <source>Today so far</source>
        <translation>Today so far</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="139"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="140"/>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="141"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="147"/>
        <source>Click to list the inquiries behind it</source>
        <translation>Click to list the inquiries behind it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="149"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="151"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="153"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="161"/>
        <source>Service score</source>
        <translation>Service score</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="206"/>
        <source>Counts {0} of {1} inquiries: those responded to (an auto reply counts) or waiting over 24 hours</source>
        <translation>Counts {0} of {1} inquiries: those responded to (an auto reply counts) or waiting over 24 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="209"/>
        <source>Counts {0} inquiries in working hours: those answered or waiting over 3 minutes</source>
        <translation>Counts {0} inquiries in working hours: those answered or waiting over 3 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="215"/>
        <source>30 % response speed ({0}), 50 % resolution ({1}), 20 % satisfaction ({2}); each scored 0–100 against its target</source>
        <translation>30 % response speed ({0}), 50 % resolution ({1}), 20 % satisfaction ({2}); each scored 0–100 against its target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="220"/>
        <source>yesterday at this time</source>
        <translation>yesterday at this time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="221"/>
        <source>the day before</source>
        <translation>the day before</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/dashboard_page.py" line="222"/>
        <source>the %n days before</source>
        <translation>
            <numerusform>the day before</numerusform>
            <numerusform>the %n days before</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="223"/>
        <source>Updated {0} · ▲▼ against {1}</source>
        <translation>Updated {0} · ▲▼ vs. {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="279"/>
        <source>Inquiries not responded within 24 hours</source>
        <translation>Inquiries not responded within 24 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="280"/>
        <source>Inquiries without a person&apos;s reply within 3 minutes</source>
        <translation>Inquiries without a person&apos;s reply within 3 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="281"/>
        <source>Inquiries handled by auto-reply</source>
        <translation>Inquiries handled by auto-reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="282"/>
        <source>Inquiries still waiting</source>
        <translation>Inquiries still waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="284"/>
        <source>Inquiries begun at {0}:00</source>
        <translation>Inquiries begun at {0}:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="285"/>
        <source>Inquiries of {0}</source>
        <translation>Inquiries of {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="286"/>
        <source>Inquiries on {0}</source>
        <translation>Inquiries on {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="287"/>
        <source>Inquiries {0} answered first</source>
        <translation>Inquiries {0} answered first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="288"/>
        <source>Inquiries by first response time</source>
        <translation>Inquiries by first response time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="151"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="162"/>
        <source>24-hour response rate</source>
        <translation>24-hour response rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="156"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="163"/>
        <source>3-minute reply rate</source>
        <translation>3-minute reply rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="152"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="156"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="164"/>
        <source>First response (median)</source>
        <translation>First response (median)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="165"/>
        <source>Handled by auto-reply</source>
        <translation>Handled by auto-reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="166"/>
        <source>Resolution rate</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="167"/>
        <source>Satisfaction (4–5 stars)</source>
        <translation>Satisfaction (4–5 stars)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="151"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="168"/>
        <location filename="../../desktop/ui/dashboard_page.py" line="283"/>
        <source>Inquiries</source>
        <translation>Inquiries</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="155"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="155"/>
        <source>Replies</source>
        <translation>Replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="155"/>
        <source>Inquiries answered first</source>
        <translation>Inquiries answered first</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dashboard_page.py" line="157"/>
        <source>Closed / resolved</source>
        <translation>Closed / resolved</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="116"/>
        <source>Something went wrong; a report was saved to {0}</source>
        <translation>Something went wrong; a report was saved to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="133"/>
        <source>This workbook unpacks to {0} MB, more than the {1} MB ShopDesk reads. Split it, or save it as CSV.</source>
        <translation>This workbook unpacks to {0} MB, more than the {1} MB ShopDesk reads. Split it, or save it as CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="138"/>
        <source>This workbook would unpack to far more than its size: it may be damaged or harmful, and was not read.</source>
        <translation>This workbook would unpack to far more than its size: it may be damaged or harmful, and was not read.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="142"/>
        <source>This workbook has {0} sheets; ShopDesk reads at most {1}.</source>
        <translation>This workbook has {0} sheets; ShopDesk reads at most {1}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/dbworker.py" line="145"/>
        <source>This workbook has {0} rows in one sheet; ShopDesk reads at most {1}. Split it, or save it as CSV.</source>
        <translation>This workbook has {0} rows in one sheet; ShopDesk reads at most {1}. Split it, or save it as CSV.</translation>
    </message>
</context>
<context>
    <name>DouyinCard</name>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="74"/>
        <source>Douyin&apos;s own figures</source>
        <translation>Douyin&apos;s own figures</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="76"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="76"/>
        <source>Sessions (Douyin)</source>
        <translation>Sessions (Douyin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="76"/>
        <source>3-minute reply (Douyin)</source>
        <translation>3-minute reply (Douyin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="77"/>
        <source>3-minute reply (ShopDesk)</source>
        <translation>3-minute reply (ShopDesk)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="77"/>
        <source>First response (Douyin)</source>
        <translation>First response (Douyin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="78"/>
        <source>First response median (ShopDesk)</source>
        <translation>First response median (ShopDesk)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="78"/>
        <source>Average response (Douyin)</source>
        <translation>Average response (Douyin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="79"/>
        <source>Satisfaction (Douyin)</source>
        <translation>Satisfaction (Douyin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="79"/>
        <source>Dissatisfaction (Douyin)</source>
        <translation>Dissatisfaction (Douyin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="80"/>
        <source>Inquiry conversion (Douyin)</source>
        <translation>Inquiry conversion (Douyin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="92"/>
        <source>{0}: shop score {1} · product {2} · logistics {3} · service {4} (as of {5})</source>
        <translation>{0}: shop score {1} · product {2} · logistics {3} · service {4} (as of {5})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/douyin_card.py" line="101"/>
        <source>Exported from Feige for {0}; ShopDesk&apos;s figures are each agent&apos;s on Douyin over the period shown</source>
        <translation>Exported from Feige for {0}; ShopDesk&apos;s figures are each agent&apos;s on Douyin over the period shown</translation>
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
        <location filename="../../desktop/ui/formatting.py" line="34"/>
        <location filename="../../desktop/ui/formatting.py" line="67"/>
        <source>{0}s</source>
        <translation>{0}s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="36"/>
        <source>{0}m {1:02d}s</source>
        <translation>{0}m {1:02d}s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="38"/>
        <source>{0}h {1:02d}m</source>
        <translation>{0}h {1:02d}m</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="41"/>
        <source>{0}d {1}h</source>
        <translation>{0}d {1}h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="69"/>
        <source>{0}m</source>
        <translation>{0}m</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="71"/>
        <source>{0}h</source>
        <translation>{0}h</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="72"/>
        <source>{0}d</source>
        <translation>{0}d</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="76"/>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="77"/>
        <source>TikTok Shop</source>
        <translation>TikTok Shop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="78"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="79"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="96"/>
        <source>[Message]</source>
        <translation>[Message]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="97"/>
        <source>[Picture]</source>
        <translation>[Picture]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="98"/>
        <source>[Emoji]</source>
        <translation>[Emoji]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="99"/>
        <source>[Link]</source>
        <translation>[Link]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="100"/>
        <source>[Product card]</source>
        <translation>[Product card]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="101"/>
        <source>[Order card]</source>
        <translation>[Order card]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="102"/>
        <source>[System message]</source>
        <translation>[System message]</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="103"/>
        <source>[Service request]</source>
        <translation>[Service request]</translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <location filename="../../desktop/ui/composer.py" line="31"/>
        <source>the platform forbids moving customers to other contact channels</source>
        <translation>the platform forbids moving customers to other contact channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="33"/>
        <source>the platform forbids payment outside the platform</source>
        <translation>the platform forbids payment outside the platform</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="35"/>
        <source>a phone number: the platform forbids moving customers to other contact channels</source>
        <translation>a phone number: the platform forbids moving customers to other contact channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="38"/>
        <source>a messenger account: the platform forbids moving customers to other contact channels</source>
        <translation>a messenger account: the platform forbids moving customers to other contact channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/composer.py" line="41"/>
        <source>a word this shop does not send</source>
        <translation>a word this shop does not send</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="104"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/inbox_page.py" line="105"/>
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
    <name>InviteDialog</name>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="237"/>
        <source>Invite a teammate</source>
        <translation>Invite a teammate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="241"/>
        <source>Make the join code</source>
        <translation>Make the join code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="246"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="250"/>
        <source>This computer runs the team&apos;s hub (shopdesk hub). Give the code to your teammate: on their desktop, Settings › Team › Join the team.</source>
        <translation>This computer runs the team&apos;s hub (shopdesk hub). Give the code to your teammate: on their desktop, Settings › Team › Join the team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="255"/>
        <source>Teammate&apos;s name</source>
        <translation>Teammate&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="256"/>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="261"/>
        <source>Join code</source>
        <translation>Join code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="272"/>
        <source>Give the teammate&apos;s name and the hub&apos;s address (http://… or https://…).</source>
        <translation>Give the teammate&apos;s name and the hub&apos;s address (http://… or https://…).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="282"/>
        <source>Copy the code and give it to {0}.</source>
        <translation>Copy the code and give it to {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/agents_card.py" line="287"/>
        <source>Copied.</source>
        <translation>Copied.</translation>
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
    <message numerus="yes">
        <location filename="../../desktop/ui/jobs_card.py" line="82"/>
        <source>%n new reminder(s)</source>
        <translation>
            <numerusform>1 new reminder</numerusform>
            <numerusform>%n new reminders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="83"/>
        <source>No new reminders</source>
        <translation>No new reminders</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/jobs_card.py" line="85"/>
        <source>%n conversation(s) closed with the closing message</source>
        <translation>
            <numerusform>1 conversation closed with the closing message</numerusform>
            <numerusform>%n conversations closed with the closing message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/jobs_card.py" line="88"/>
        <source>%n waiting customer(s) nudged</source>
        <translation>
            <numerusform>1 waiting customer nudged</numerusform>
            <numerusform>%n waiting customers nudged</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="89"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/jobs_card.py" line="91"/>
        <source>%n question(s) the knowledge base could not answer</source>
        <translation>
            <numerusform>1 question the knowledge base could not answer</numerusform>
            <numerusform>%n questions the knowledge base could not answer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="99"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="99"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="100"/>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="100"/>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="106"/>
        <source>{0} · next {1}</source>
        <translation>{0} · next {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/jobs_card.py" line="118"/>
        <source>Run now</source>
        <translation>Run now</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="93"/>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="94"/>
        <source>Search articles, or paste a customer&apos;s message</source>
        <translation>Search articles, or paste a customer&apos;s message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="95"/>
        <source>Import Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="96"/>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="97"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="97"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="98"/>
        <source>Questions (one per line)</source>
        <translation>Questions (one per line)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="99"/>
        <source>Offered by agents&apos; answers</source>
        <translation>Learned from agents&apos; replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="100"/>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="100"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="101"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="101"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="102"/>
        <source>Linked products</source>
        <translation>Linked products</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="102"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="105"/>
        <source>When an agent answers a customer with this article, the customer&apos;s words are offered here as a new way of asking; double-click one to add it</source>
        <translation>When an agent answers a customer with this article, the customer&apos;s words are offered here as a new way of asking; double-click one to add it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="107"/>
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="108"/>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="110"/>
        <source>The answer customers get. Images and links are sent with it.</source>
        <translation>The answer customers get. Images and links are sent with it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="111"/>
        <source>e.g. 物流, 大促 (comma-separated)</source>
        <translation>e.g. 物流, 大促 (comma-separated)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="112"/>
        <source>product ids, comma-separated</source>
        <translation>product ids, comma-separated</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="113"/>
        <source>review every (days)</source>
        <translation>review every (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="115"/>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="118"/>
        <source>from (YYYY-MM-DD, optional)</source>
        <translation>from (YYYY-MM-DD, optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="119"/>
        <source>until (YYYY-MM-DD, optional)</source>
        <translation>until (YYYY-MM-DD, optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="120"/>
        <source>Save article</source>
        <translation>Save article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="121"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="122"/>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="123"/>
        <source>Earlier versions…</source>
        <translation>Earlier versions…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="124"/>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="125"/>
        <source>QUESTIONS THE BASE MISSED THIS WEEK — click one to draft an article</source>
        <translation>UNANSWERED QUESTIONS THIS WEEK — click one to draft an article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="136"/>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="148"/>
        <source>No articles yet. Write your first answer on the right, or import an FAQ from Excel.</source>
        <translation>No articles yet. Write your first answer on the right, or import an FAQ from Excel.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="151"/>
        <source>{0} article(s) due for review or expired.</source>
        <translation>{0} article(s) due for review or expired.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="152"/>
        <source>All articles are up to date.</source>
        <translation>All articles are up to date.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="158"/>
        <source>{0}× {1}</source>
        <translation>{0}× {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="168"/>
        <source>A draft from the customers&apos; own words: check it and save.</source>
        <translation>A draft from the customers&apos; own words: check it and save.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="217"/>
        <source>Double-click to add as a question phrasing</source>
        <translation>Double-click to add as a question phrasing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/answer_tools.py" line="15"/>
        <source>Insert an image</source>
        <translation>Insert an image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/answer_tools.py" line="16"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/answer_tools.py" line="23"/>
        <source>Insert a link</source>
        <translation>Insert a link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/answer_tools.py" line="25"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/answer_tools.py" line="28"/>
        <source>Words to show:</source>
        <translation>Words to show:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="253"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="266"/>
        <location filename="../../desktop/ui/kb_page.py" line="277"/>
        <source>Choose an article first.</source>
        <translation>Choose an article first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="270"/>
        <source>Restored (kept as a new version).</source>
        <translation>Restored (kept as a new version).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="279"/>
        <source>Delete article</source>
        <translation>Delete article</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="280"/>
        <source>Delete “{0}” and its earlier versions? Customers&apos; questions it answered will go unanswered.</source>
        <translation>Delete &quot;{0}&quot; and its earlier versions? Customers&apos; questions it answered will go unanswered.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="285"/>
        <source>“{0}” was deleted.</source>
        <translation>&quot;{0}&quot; was deleted.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="310"/>
        <source>Import FAQ</source>
        <translation>Import FAQ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="311"/>
        <location filename="../../desktop/ui/kb_page.py" line="325"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="317"/>
        <source>Added {0}, updated {1}, skipped {2}.</source>
        <translation>Added {0}, updated {1}, skipped {2}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="319"/>
        <source>Row {0}: {1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="324"/>
        <source>Export FAQ</source>
        <translation>Export FAQ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_page.py" line="328"/>
        <source>Exported {0} articles.</source>
        <translation>Exported {0} articles.</translation>
    </message>
</context>
<context>
    <name>Lookups</name>
    <message>
        <location filename="../../desktop/ui/lookups.py" line="88"/>
        <source>Something went wrong; a report was saved to {0}</source>
        <translation>Something went wrong; a report was saved to {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="226"/>
        <source>ShopDesk — customer service desk</source>
        <translation>ShopDesk — customer service desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>Knowledge</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>Auto-reply</source>
        <translation>Auto-reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="228"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="231"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232"/>
        <source>Import history…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233"/>
        <source>Export everything…</source>
        <translation>Export everything…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234"/>
        <source>Open the demo shop</source>
        <translation>Open the demo shop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="235"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="236"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>Next conversation</source>
        <translation>Next conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="237"/>
        <source>Previous conversation</source>
        <translation>Previous conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>Write a reply</source>
        <translation>Write a reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="238"/>
        <source>Assign to me</source>
        <translation>Assign to me</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>Close conversation</source>
        <translation>Close conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="239"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="242"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="243"/>
        <location filename="../../desktop/ui/main_window.py" line="333"/>
        <source>About ShopDesk</source>
        <translation>About ShopDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="297"/>
        <source>Import history</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="298"/>
        <source>ShopDesk interchange (*.jsonl *.csv *.xlsx)</source>
        <translation>ShopDesk interchange (*.jsonl *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="301"/>
        <source>Importing {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="305"/>
        <source>Imported {0} messages and {1} events; {2} lines refused.</source>
        <translation>Imported {0} messages and {1} events; {2} lines refused.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="308"/>
        <source>Line {0}: {1}</source>
        <translation>Line {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="310"/>
        <source>Import finished with problems</source>
        <translation>Import finished with problems</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="321"/>
        <source>Export everything</source>
        <translation>Export everything</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="323"/>
        <source>JSON Lines (*.jsonl);;CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>JSON Lines (*.jsonl);;CSV (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="329"/>
        <source>Exported {0} lines.</source>
        <translation>Exported {0} lines.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="334"/>
        <source>ShopDesk {0}
The helpdesk for small online shops.</source>
        <translation>ShopDesk {0}
The helpdesk for small online shops.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="345"/>
        <source>ShopDesk closed unexpectedly last time. Nothing you stored was lost; a report was saved to {0}.</source>
        <translation>ShopDesk closed unexpectedly last time. Nothing you stored was lost; a report was saved to {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="347"/>
        <source>Open the folder</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="353"/>
        <source>The backup was restored.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="353"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>NowCard</name>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="54"/>
        <source>NOW · customers waiting for a reply</source>
        <translation>NOW · customers waiting for a reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="55"/>
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="56"/>
        <source>Longest wait</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="57"/>
        <source>Within 3 minutes</source>
        <translation>Within 3 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="58"/>
        <source>Over 3 minutes</source>
        <translation>Over 3 minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="59"/>
        <source>Within 24 hours</source>
        <translation>Within 24 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="60"/>
        <source>Over 24 hours</source>
        <translation>Over 24 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/now_card.py" line="62"/>
        <source>Click to open them in the inbox, longest waiting first</source>
        <translation>Click to open them in the inbox, longest waiting first</translation>
    </message>
</context>
<context>
    <name>OrderCard</name>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="84"/>
        <source>Total {0} · ordered {1}</source>
        <translation>Total {0} · ordered {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="98"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="99"/>
        <source>Copy the tracking number</source>
        <translation>Copy the tracking number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="105"/>
        <source>No logistics yet</source>
        <translation>No logistics yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="111"/>
        <source>Send to customer</source>
        <translation>Send to customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="112"/>
        <source>Put this order&apos;s summary into the reply box</source>
        <translation>Put this order&apos;s summary into the reply box</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="168"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="169"/>
        <source>Ask the platform for this customer&apos;s orders now</source>
        <translation>Ask the platform for this customer&apos;s orders now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="171"/>
        <source>The Douyin shop platform cannot list a buyer&apos;s orders: the orders ShopDesk already knows (from order cards, service requests and imported order exports) are asked again.</source>
        <translation>The Douyin shop platform cannot list a buyer&apos;s orders: the orders ShopDesk already knows (from order cards, service requests and imported order exports) are asked again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="204"/>
        <source>Asking the platform…</source>
        <translation>Asking the platform…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="243"/>
        <source>No orders yet</source>
        <translation>No orders yet</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_cards.py" line="246"/>
        <source>As of {0}</source>
        <translation>As of {0}</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="18"/>
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="19"/>
        <source>To ship</source>
        <translation>To ship</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="20"/>
        <source>Awaiting collection</source>
        <translation>Awaiting collection</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="21"/>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="22"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="23"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="24"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="32"/>
        <source>The platform cannot be reached; showing the saved orders.</source>
        <translation>The platform cannot be reached; showing the saved orders.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="34"/>
        <source>The platform asks us to slow down; try again in a minute.</source>
        <translation>The platform asks us to slow down; try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="36"/>
        <source>The platform answered with an error page; try again later.</source>
        <translation>The platform answered with an error page; try again later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="38"/>
        <source>The shop&apos;s authorisation has ended; authorise ShopDesk again in the platform&apos;s back office.</source>
        <translation>The shop&apos;s authorisation has ended; authorise ShopDesk again in the platform&apos;s back office.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="41"/>
        <source>The platform&apos;s answer could not be read; the saved orders are kept.</source>
        <translation>The platform&apos;s answer could not be read; the saved orders are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="43"/>
        <source>The platform does not know this order.</source>
        <translation>The platform does not know this order.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="45"/>
        <source>This channel cannot look orders up: import the platform&apos;s order export, or add its keys.</source>
        <translation>This channel cannot look orders up: import the platform&apos;s order export, or add its keys.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/order_words.py" line="49"/>
        <source>The orders could not be refreshed; showing the saved orders.</source>
        <translation>The orders could not be refreshed; showing the saved orders.</translation>
    </message>
</context>
<context>
    <name>OutboxConfirm</name>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="61"/>
        <source>Replies written before this desktop took these channels over. Another desktop may have sent them already, so they go out only when you say so.</source>
        <translation>Replies written before this desktop took these channels over. Another desktop may have sent them already, so they go out only when you say so.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="63"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="63"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="64"/>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="64"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="65"/>
        <source>Send it</source>
        <translation>Send it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/outbox_confirm.py" line="66"/>
        <source>Don&apos;t send</source>
        <translation>Don&apos;t send</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="42"/>
        <source>A snoozed conversation is back</source>
        <translation>A snoozed conversation is back</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="30"/>
        <source>{0} has been waiting {1} for a reply</source>
        <translation>{0} has been waiting {1} for a reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="32"/>
        <source>{0} has been waiting {1}: close to the 3-minute reply target</source>
        <translation>{0} has been waiting {1}: close to the 3-minute reply target</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="36"/>
        <source>{0} has been waiting {1}: past the 24-hour reply window</source>
        <translation>{0} has been waiting {1}: past the 24-hour reply window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="38"/>
        <source>{0} has been waiting {1}: reply within {2} to keep the 24-hour window</source>
        <translation>{0} has been waiting {1}: reply within {2} to keep the 24-hour window</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="44"/>
        <source>{0}&apos;s complaint has been open for {1}</source>
        <translation>{0}&apos;s complaint has been open for {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="46"/>
        <source>{0} has not replied for {1}: send the closing message and close</source>
        <translation>{0} has not replied for {1}: send the closing message and close</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="49"/>
        <source>{0} knowledge-base articles are due for review</source>
        <translation>{0} knowledge-base articles are due for review</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="52"/>
        <source>Holiday mode starts tomorrow at {0}</source>
        <translation>Holiday mode starts tomorrow at {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="54"/>
        <source>Holiday mode ends tomorrow at {0}</source>
        <translation>Holiday mode ends tomorrow at {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="56"/>
        <source>Shift handover at {0}: {1} off, {2} on</source>
        <translation>Shift handover at {0}: {1} off, {2} on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="59"/>
        <source>{0}: {1} took this conversation at the same time; it is theirs now</source>
        <translation>{0}: {1} took this conversation at the same time; it is theirs now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="62"/>
        <source>Complaint surge: {0} complaints in the last hour</source>
        <translation>Complaint surge: {0} complaints in the last hour</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="65"/>
        <source>{0}&apos;s after-sales request on order {1}: {2} left to act before the platform decides</source>
        <translation>{0}&apos;s after-sales request on order {1}: {2} left to act before the platform decides</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="69"/>
        <source>Something needs your attention</source>
        <translation>Something needs your attention</translation>
    </message>
</context>
<context>
    <name>RemindersButton</name>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="102"/>
        <source>🔔 {0}</source>
        <translation>🔔 {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/reminders_button.py" line="103"/>
        <source>%n open reminders</source>
        <translation>
            <numerusform>1 open reminder</numerusform>
            <numerusform>%n open reminders</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="113"/>
        <source>No reminders</source>
        <translation>No reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_button.py" line="121"/>
        <source>Dismiss all</source>
        <translation>Dismiss all</translation>
    </message>
</context>
<context>
    <name>RemindersCard</name>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="48"/>
        <source>REMINDERS — before an after-sales request&apos;s deadline</source>
        <translation>REMINDERS — before an after-sales request&apos;s deadline</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="49"/>
        <source>First reminder</source>
        <translation>First reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="50"/>
        <source>Urgent reminder</source>
        <translation>Urgent reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="52"/>
        <source> h before</source>
        <translation> h before</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="53"/>
        <source>After the deadline the platform decides alone (it may agree to a refund by itself). The urgent reminder comes later, nearer the deadline.</source>
        <translation>After the deadline the platform decides alone (it may agree to a refund by itself). The urgent reminder comes later, nearer the deadline.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="56"/>
        <source>Save reminders</source>
        <translation>Save reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="67"/>
        <source>The urgent reminder comes nearer the deadline: fewer hours before it than the first one.</source>
        <translation>The urgent reminder comes nearer the deadline: fewer hours before it than the first one.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reminders_card.py" line="71"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>RuleOutcome</name>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="17"/>
        <source>welcome</source>
        <translation>welcome</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="18"/>
        <source>outside working hours</source>
        <translation>outside working hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="19"/>
        <source>public holiday</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="20"/>
        <source>holiday mode</source>
        <translation>holiday mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="21"/>
        <source>all agents busy</source>
        <translation>all agents busy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="22"/>
        <source>image or emoji only</source>
        <translation>image or emoji only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="23"/>
        <source>order card</source>
        <translation>order card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="24"/>
        <source>nudge</source>
        <translation>nudge</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="25"/>
        <source>closing</source>
        <translation>closing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="26"/>
        <source>knowledge base</source>
        <translation>knowledge base</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="27"/>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="33"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="34"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="35"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="36"/>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="47"/>
        <source>rule “{0}”</source>
        <translation>rule &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="52"/>
        <source>knowledge base, {0:.0%} match</source>
        <translation>knowledge base, {0:.0%} match</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="53"/>
        <source>Auto-reply ({0}): {1}</source>
        <translation>Auto-reply ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="55"/>
        <source>Auto-reply held back: it contains “{0}”, a word the shop does not send</source>
        <translation>Auto-reply held back: it contains &quot;{0}&quot;, a word the shop does not send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="59"/>
        <source>Assign to {0}</source>
        <translation>Assign to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="61"/>
        <source>Add the tag “{0}”</source>
        <translation>Add the tag &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="63"/>
        <source>Set the priority to {0}</source>
        <translation>Set the priority to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="67"/>
        <source>Mark as a complaint for a senior agent (urgent)</source>
        <translation>Mark as a complaint for a senior agent (urgent)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="69"/>
        <source>Close the quiet conversation with the closing message</source>
        <translation>Close the quiet conversation with the closing message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="73"/>
        <source> (rule “{0}”)</source>
        <translation> (rule &quot;{0}&quot;)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="83"/>
        <source>(would be translated into {0})</source>
        <translation>(would be translated into {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="85"/>
        <source>(not translated into {0}: {1})</source>
        <translation>(not translated into {0}: {1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="87"/>
        <source>(translated into {0})</source>
        <translation>(translated into {0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rule_outcomes.py" line="97"/>
        <source>… and {0} more</source>
        <translation>… and {0} more</translation>
    </message>
</context>
<context>
    <name>RulesCard</name>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="113"/>
        <source>Text</source>
        <comment>a message kind</comment>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="113"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="114"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="114"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="115"/>
        <source>Product card</source>
        <translation>Product card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="116"/>
        <source>Order card</source>
        <translation>Order card</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="116"/>
        <source>System message</source>
        <translation>System message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="117"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="117"/>
        <source>Outside working hours</source>
        <translation>Outside working hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="118"/>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="119"/>
        <source>Closed day</source>
        <translation>Closed day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="119"/>
        <source>Holiday mode</source>
        <translation>Holiday mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="120"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="120"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="123"/>
        <source>any kind</source>
        <translation>any kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="125"/>
        <source>any channel</source>
        <translation>any channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="126"/>
        <source>any language</source>
        <translation>any language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="127"/>
        <source>at any time</source>
        <translation>at any time</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="131"/>
        <source>RULES — the first that matches a message acts; drag to reorder, tick to switch on</source>
        <translation>RULES — the first that matches a message acts; drag to reorder, tick to switch on</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="134"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="134"/>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="134"/>
        <source>Regular expression</source>
        <translation>Regular expression</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="135"/>
        <source>Message kinds</source>
        <translation>Message kinds</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="135"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="135"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="136"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="136"/>
        <source>Schedule states</source>
        <translation>Shop hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="136"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="137"/>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="137"/>
        <source>Answer when the match is at least</source>
        <translation>Minimum match to answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="138"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="138"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="138"/>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="139"/>
        <source>Or to a tier</source>
        <translation>Or assign to a tier</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="139"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="142"/>
        <source>any customer</source>
        <translation>any customer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="142"/>
        <source>VIP customers</source>
        <translation>VIP customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="143"/>
        <source>new customers</source>
        <translation>new customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="145"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="146"/>
        <source>Answer from the knowledge base</source>
        <translation>Answer from the knowledge base</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="147"/>
        <source>comma separated, e.g. 退款, 退货, refund</source>
        <translation>comma separated, e.g. 退款, 退货, refund</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="148"/>
        <source>Escalate to a senior agent</source>
        <translation>Escalate to a senior agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="150"/>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="150"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="151"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="153"/>
        <source>Save rule</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="154"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="155"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="156"/>
        <source>Test on a message, e.g. 什么时候发货</source>
        <translation>Test on a message, e.g. 什么时候发货</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="157"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="158"/>
        <source>Simulate a file for this period…</source>
        <translation>Simulate a file for this period…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="165"/>
        <source>(routing decides)</source>
        <translation>(routing decides)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="213"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="228"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="255"/>
        <source>Nothing would be done.</source>
        <translation>Nothing would be done.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="270"/>
        <source>Simulate</source>
        <translation>Simulate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="271"/>
        <source>ShopDesk interchange (*.jsonl *.csv *.xlsx)</source>
        <translation>ShopDesk interchange (*.jsonl *.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/rules_card.py" line="277"/>
        <source>Simulating…</source>
        <translation>Simulating…</translation>
    </message>
</context>
<context>
    <name>ScenariosCard</name>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="77"/>
        <source>Welcome (a new customer&apos;s first message)</source>
        <translation>Welcome (a new customer&apos;s first message)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="78"/>
        <source>Outside working hours</source>
        <translation>Outside working hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="79"/>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="80"/>
        <source>Holiday mode</source>
        <translation>Holiday mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="81"/>
        <source>Busy (every agent at their maximum)</source>
        <translation>Busy (every agent at their maximum)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="82"/>
        <source>Only an image or emoji</source>
        <translation>Only an image or emoji</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="83"/>
        <source>Order card received</source>
        <translation>Order card received</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="84"/>
        <source>Nudge (a customer kept waiting)</source>
        <translation>Nudge (a customer kept waiting)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="87"/>
        <source>AUTOMATIC REPLIES — when the shop answers by itself</source>
        <translation>AUTOMATIC REPLIES — when the shop answers by itself</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="88"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="88"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="89"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="90"/>
        <source>Never the same reply twice within (minutes)</source>
        <translation>Never the same reply twice within (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="91"/>
        <source>Share new conversations</source>
        <translation>Share new conversations</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="92"/>
        <source>Close quiet conversations after (hours, 0 = never)</source>
        <translation>Close quiet conversations after (hours, 0 = never)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="93"/>
        <source>Nudge a waiting customer after (minutes, 0 = never)</source>
        <translation>Nudge a waiting customer after (minutes, 0 = never)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="95"/>
        <source>to the least busy agent</source>
        <translation>to the least busy agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="96"/>
        <source>in turn (round-robin)</source>
        <translation>in turn (round-robin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="97"/>
        <source>Save replies</source>
        <translation>Save replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scenarios_card.py" line="136"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="362"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="363"/>
        <source>Closed: outside working hours</source>
        <translation>Closed: outside working hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="364"/>
        <source>Closed: public holiday</source>
        <translation>Closed: public holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="365"/>
        <source>Closed day</source>
        <translation>Closed day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="366"/>
        <source>Holiday mode</source>
        <translation>Holiday mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="376"/>
        <source>closes {0}</source>
        <translation>closes {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="377"/>
        <source>opens {0}</source>
        <translation>opens {0}</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="139"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="141"/>
        <source>WORKING HOURS — drag across the grid, or type exact times</source>
        <translation>WORKING HOURS — drag across the grid, or type exact times</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="179"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="179"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="179"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="179"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="179"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="180"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="180"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="149"/>
        <source>Times like 09:00-12:00,13:30-18:00; “closed” for a day off. A range that ends before it starts runs past midnight (17:00-01:00); 24:00 ends a day.</source>
        <translation>Times like 09:00-12:00,13:30-18:00; &quot;closed&quot; for a day off. A range that ends before it starts runs past midnight (17:00-01:00); 24:00 ends a day.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="153"/>
        <source>Save hours</source>
        <translation>Save hours</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="154"/>
        <source>HOLIDAY MODE</source>
        <translation>HOLIDAY MODE</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="155"/>
        <source>On now, until I switch it off</source>
        <translation>On now, until I switch it off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="156"/>
        <source>Planned for these dates</source>
        <translation>Planned for these dates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="158"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="158"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="158"/>
        <source>Reply to customers</source>
        <translation>Reply to customers</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="161"/>
        <source>Save holiday mode</source>
        <translation>Save holiday mode</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="163"/>
        <source>PUBLIC HOLIDAYS — the coming 12 months (tick to work the day anyway)</source>
        <translation>PUBLIC HOLIDAYS — the coming 12 months (tick to work the day anyway)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="166"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="166"/>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="166"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="166"/>
        <source>Open anyway</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="168"/>
        <source>Close the shop on the days of a calendar (.ics)…</source>
        <translation>Import closed days from a calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="169"/>
        <source>SHIFTS AND HANDOVER</source>
        <translation>SHIFTS AND HANDOVER</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="170"/>
        <source>Agent, e.g. 小李</source>
        <translation>Agent, e.g. 小李</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="171"/>
        <source>e.g. daily 08:00-17:00</source>
        <translation>e.g. daily 08:00-17:00</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="172"/>
        <source>Save shift</source>
        <translation>Save shift</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="174"/>
        <source>Handover note for the next shift (Enter to save)</source>
        <translation>Handover note for the next shift (Enter to save)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="208"/>
        <source>holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="208"/>
        <source>make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="232"/>
        <source>No shifts yet.</source>
        <translation>No shifts yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="271"/>
        <source>closed</source>
        <comment>a day without working hours</comment>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="286"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="327"/>
        <source>Import days off</source>
        <translation>Import days off</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/schedule_page.py" line="328"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="72"/>
        <source>Search all history: words, names, order ids (Ctrl+F)</source>
        <translation>Search all history: words, names, order ids (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="82"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_box.py" line="120"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>1 result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/search_box.py" line="135"/>
        <source>Show more (%n left)</source>
        <translation>
            <numerusform>Show more (1 left)</numerusform>
            <numerusform>Show more (%n left)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_box.py" line="121"/>
        <source>No results. Try fewer or shorter words.</source>
        <translation>No results. Try fewer or shorter words.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="180"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="181"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="182"/>
        <source>Who works at this desktop</source>
        <translation>Who works at this desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="183"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="183"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="184"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="184"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="186"/>
        <source>Add agent…</source>
        <translation>Add agent…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="187"/>
        <source>Play a sound when a new message arrives</source>
        <translation>Play a sound when a new message arrives</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="188"/>
        <source>TARGETS — green from, yellow from (below: red)</source>
        <translation>TARGETS — green from, yellow from (below: red)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="189"/>
        <source>24-hour response rate</source>
        <translation>24-hour response rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="190"/>
        <source>First response, mean (at most)</source>
        <translation>First response, mean (at most)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="191"/>
        <source>3-minute reply rate</source>
        <translation>3-minute reply rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="192"/>
        <source>Resolution rate</source>
        <translation>Resolution rate</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="193"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="197"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="198"/>
        <source>Green (on target)</source>
        <translation>Green (on target)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="199"/>
        <source>Yellow (close)</source>
        <translation>Yellow (close)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="200"/>
        <source>Save targets</source>
        <translation>Save targets</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="201"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="203"/>
        <source>Channels are below. History from elsewhere comes in with File › Import.</source>
        <translation>Channels are below. History from elsewhere comes in with File › Import.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="214"/>
        <source>(choose)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="216"/>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="216"/>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="243"/>
        <source>Unknown time zone: {0}</source>
        <translation>Unknown time zone: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="247"/>
        <location filename="../../desktop/ui/settings_page.py" line="253"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="257"/>
        <source>Add agent</source>
        <translation>Add agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="257"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="82"/>
        <source>Working hours and holiday mode — click to change</source>
        <translation>Working hours and holiday mode — click to change</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="84"/>
        <source>Sync: this desktop only</source>
        <translation>Sync: this desktop only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="163"/>
        <source>Scheduler: idle</source>
        <translation>Scheduler: idle</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="79"/>
        <location filename="../../desktop/ui/status_bar.py" line="130"/>
        <source>○ No channel connected yet (Settings › Channels)</source>
        <translation>○ No channel connected yet (Settings › Channels)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="109"/>
        <source>● {0}: {1}</source>
        <translation>● {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="114"/>
        <source>● %n channel(s) connected</source>
        <translation>
            <numerusform>● 1 channel connected</numerusform>
            <numerusform>● %n channels connected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="122"/>
        <source>○ Connecting to {0}…</source>
        <translation>○ Connecting to {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="124"/>
        <source>○ No channel connected here: the channels are received on another desktop of the team</source>
        <translation>○ No channel connected here: the channels are received on another desktop of the team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="127"/>
        <source>○ No channel connected: every channel is paused (Settings › Channels)</source>
        <translation>○ No channel connected: every channel is paused (Settings › Channels)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="138"/>
        <source>Sync: {0}</source>
        <translation>Sync: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="145"/>
        <source>Synced {0} · {1} waiting</source>
        <translation>Synced {0} · {1} waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="148"/>
        <source> · %n change(s) set aside</source>
        <translation>
            <numerusform> · %n change set aside</numerusform>
            <numerusform> · %n changes set aside</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="150"/>
        <source>Changes from the team this desktop cannot apply yet (for example made by a newer ShopDesk). Everything else is in sync; they are tried again at every sync, and the owner sees them with &apos;shopdesk hub changes&apos;.</source>
        <translation>Changes from the team this desktop cannot apply yet (for example made by a newer ShopDesk). Everything else is in sync; they are tried again at every sync, and the owner sees them with &apos;shopdesk hub changes&apos;.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/status_bar.py" line="155"/>
        <source> · this computer&apos;s clock is %n minute(s) off the team&apos;s</source>
        <translation>
            <numerusform> · this computer&apos;s clock is %n minute off the team&apos;s</numerusform>
            <numerusform> · this computer&apos;s clock is %n minutes off the team&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="164"/>
        <source>Scheduler: running {0}…</source>
        <translation>Scheduler: running {0}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="188"/>
        <source>Holiday mode starts within a day: switch on the platforms&apos; own holiday mode too (TikTok Shop&apos;s takes about an hour to apply).</source>
        <translation>Holiday mode starts within a day: switch on the platforms&apos; own holiday mode too (TikTok Shop&apos;s takes about an hour to apply).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="191"/>
        <source>Holiday mode ends within a day: remember to switch the platforms&apos; holiday mode off.</source>
        <translation>Holiday mode ends within a day: remember to switch the platforms&apos; holiday mode off.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="204"/>
        <source>Queue: nobody waiting</source>
        <translation>Queue: nobody waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="208"/>
        <source>Queue: {0} waiting · longest {1}</source>
        <translation>Queue: {0} waiting · longest {1}</translation>
    </message>
</context>
<context>
    <name>TagMenu</name>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="82"/>
        <source>Search tags or type a new one</source>
        <translation>Search tags or type a new one</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="95"/>
        <source>Remove “{0}”</source>
        <translation>Remove &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="113"/>
        <source>New tag “{0}”</source>
        <translation>New tag &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/header_menus.py" line="117"/>
        <source>No tags yet: type a name</source>
        <translation>No tags yet: type a name</translation>
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
    <name>TemplatesCard</name>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="71"/>
        <source>REPLY TEMPLATES — type “/” and a shortcut or pinyin initials in the composer</source>
        <translation>REPLY TEMPLATES — type &quot;/&quot; and a shortcut or pinyin initials in the composer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="73"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="73"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="74"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="74"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="75"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="77"/>
        <source>Variables: {customer_name} {order_id} {agent_name} {shop_name} {next_open} {tracking_no} {order_status} {carrier} {latest_logistics}</source>
        <translation>Variables: {customer_name} {order_id} {agent_name} {shop_name} {next_open} {tracking_no} {order_status} {carrier} {latest_logistics}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="81"/>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="82"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="127"/>
        <source>To {0}: {1}</source>
        <translation>To {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/templates_card.py" line="138"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Thread</name>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="32"/>
        <source>Show all ({0:,} characters)</source>
        <translation>Show all ({0:,} characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="42"/>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="52"/>
        <source>image not available</source>
        <translation>image not available</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="72"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="73"/>
        <source>The customer sent an order</source>
        <translation>The customer sent an order</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="84"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="107"/>
        <source>retry</source>
        <translation>retry</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="113"/>
        <source>not sent yet: another computer may have sent it</source>
        <translation>not sent yet: another computer may have sent it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="117"/>
        <source>send it</source>
        <translation>send it</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="126"/>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="120"/>
        <location filename="../../desktop/ui/thread_html.py" line="129"/>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="133"/>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="179"/>
        <source>Show {0} earlier messages</source>
        <translation>Show {0} earlier messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="204"/>
        <source>{0} · internal note</source>
        <translation>{0} · internal note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="210"/>
        <source>Auto-reply</source>
        <translation>Auto-reply</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/thread_html.py" line="227"/>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="21"/>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="22"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="23"/>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="24"/>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="30"/>
        <source>until the customer replies</source>
        <translation>until the customer replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="35"/>
        <source>until {0}</source>
        <translation>until {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="41"/>
        <source>Assigned to {0} automatically</source>
        <translation>Assigned to {0} automatically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="43"/>
        <source>{0} took the conversation</source>
        <translation>{0} took the conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="44"/>
        <source>{0} handed the conversation to {1}</source>
        <translation>{0} handed the conversation to {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="55"/>
        <source>{0} added the tag “{1}”</source>
        <translation>{0} added the tag &quot;{1}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="57"/>
        <source>Tagged “{0}” automatically</source>
        <translation>Tagged &quot;{0}&quot; automatically</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="61"/>
        <source>{0} removed the tag “{1}”</source>
        <translation>{0} removed the tag &quot;{1}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="63"/>
        <source>The tag “{0}” was removed</source>
        <translation>The tag &quot;{0}&quot; was removed</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="68"/>
        <source>{0} snoozed the conversation {1}</source>
        <translation>{0} snoozed the conversation {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="70"/>
        <source>Snoozed {0}</source>
        <translation>Snoozed {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="74"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="76"/>
        <source>not resolved</source>
        <translation>not resolved</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="79"/>
        <source>{0} closed the conversation ({1})</source>
        <translation>{0} closed the conversation ({1})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="81"/>
        <source>Closed ({0})</source>
        <translation>Closed ({0})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="85"/>
        <source>{0} reopened the conversation</source>
        <translation>{0} reopened the conversation</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="87"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="92"/>
        <source>{0} set the priority to {1}</source>
        <translation>{0} set the priority to {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="94"/>
        <source>Priority set to {0}</source>
        <translation>Priority set to {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="98"/>
        <source>{0} set the category to “{1}”</source>
        <translation>{0} set the category to &quot;{1}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="100"/>
        <source>Category set to “{0}”</source>
        <translation>Category set to &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="103"/>
        <source>The customer rated the service {0} of 5</source>
        <translation>The customer rated the service {0} of 5</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/event_lines.py" line="107"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>ThreadTranslator</name>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="198"/>
        <source>Written as: {0}</source>
        <translation>Written as: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="201"/>
        <source>Translating…</source>
        <translation>Translating…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="207"/>
        <source>Translated from {0}</source>
        <translation>Translated from {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="213"/>
        <source>Translate from {0}</source>
        <translation>Translate from {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="216"/>
        <source>Not translated: {0}</source>
        <translation>Not translated: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="218"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="256"/>
        <source>The customer reads {0}: translating…</source>
        <translation>The customer reads {0}: translating…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="259"/>
        <source>Already in {0}: sent as written.</source>
        <translation>Already in {0}: sent as written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="261"/>
        <source>The customer will get ({0}): {1}</source>
        <translation>The customer will get ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="264"/>
        <source>Not translated ({0}); it will be sent as written.</source>
        <translation>Not translated ({0}); it will be sent as written.</translation>
    </message>
</context>
<context>
    <name>TikTokConnectDialog</name>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="50"/>
        <source>Connect TikTok Shop</source>
        <translation>Connect TikTok Shop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="56"/>
        <source>The code, or the whole address the browser showed after you authorised</source>
        <translation>The code, or the whole address the browser showed after you authorised</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="58"/>
        <source>1. Open the authorisation page</source>
        <translation>1. Open the authorisation page</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="60"/>
        <source>2. Connect</source>
        <translation>2. Connect</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="72"/>
        <source>Where to find these: sign in to the TikTok Shop Partner Center (partner.tiktokshop.com), open App &amp; Service and your app. The App key and App secret are under its basic information (the secret shows after “View”); the Service ID is on the same page (it is also the service_id in the app&apos;s authorisation link).</source>
        <translation>Where to find these: sign in to the TikTok Shop Partner Center (partner.tiktokshop.com), open App &amp; Service and your app. The App key and App secret are under its basic information (the secret shows after &quot;View&quot;); the Service ID is on the same page (it is also the service_id in the app&apos;s authorisation link).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="80"/>
        <source>Name in ShopDesk</source>
        <translation>Name in ShopDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="81"/>
        <location filename="../../desktop/ui/tiktok_connect.py" line="121"/>
        <source>App key</source>
        <translation>App key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="82"/>
        <location filename="../../desktop/ui/tiktok_connect.py" line="122"/>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="83"/>
        <location filename="../../desktop/ui/tiktok_connect.py" line="112"/>
        <source>Service ID</source>
        <translation>Service ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="85"/>
        <source>Then open the authorisation page, sign in as the shop and authorise. TikTok sends the browser to your app&apos;s redirect address: copy that whole address (or just its code) and paste it here.</source>
        <translation>Then open the authorisation page, sign in as the shop and authorise. TikTok sends the browser to your app&apos;s redirect address: copy that whole address (or just its code) and paste it here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="106"/>
        <source>Fill in the {0} first.</source>
        <translation>Fill in the {0} first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="116"/>
        <source>The authorisation page is open in your browser. After authorising, paste the address here.</source>
        <translation>The authorisation page is open in your browser. After authorising, paste the address here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="121"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="123"/>
        <source>code or address</source>
        <translation>code or address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="128"/>
        <source>That holds no authorisation code (code=…): paste the whole address the browser shows after you authorise, or just its code.</source>
        <translation>That holds no authorisation code (code=…): paste the whole address the browser shows after you authorise, or just its code.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tiktok_connect.py" line="133"/>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="36"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="37"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="38"/>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="39"/>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="40"/>
        <source>Vietnamese</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="41"/>
        <source>Indonesian</source>
        <translation>Indonesian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="42"/>
        <source>Malay</source>
        <translation>Malay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="43"/>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="44"/>
        <source>Korean</source>
        <translation>Korean</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="45"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="46"/>
        <source>Portuguese</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="47"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="48"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="49"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="50"/>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="51"/>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="52"/>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="53"/>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="54"/>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="55"/>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="63"/>
        <source>the translation service cannot be reached (offline?)</source>
        <translation>the translation service cannot be reached (offline?)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="69"/>
        <source>no translation account is set up on this computer (Settings › Translation)</source>
        <translation>no translation account is set up on this computer (Settings › Translation)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_view.py" line="72"/>
        <source>something went wrong; a report was saved</source>
        <translation>something went wrong; a report was saved</translation>
    </message>
</context>
<context>
    <name>TranslationCard</name>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="89"/>
        <source>TRANSLATION</source>
        <translation>TRANSLATION</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="90"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="90"/>
        <source>Baidu Translate (百度翻译)</source>
        <translation>Baidu Translate (百度翻译)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="91"/>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="91"/>
        <source>Tencent Cloud TMT (腾讯翻译君)</source>
        <translation>Tencent Cloud TMT (腾讯翻译君)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="93"/>
        <source>Translate customer messages as they arrive</source>
        <translation>Translate customer messages as they arrive</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="94"/>
        <source>Translate when I click (saves money)</source>
        <translation>Translate when I click (saves money)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="95"/>
        <source>Translate auto-replies the shop has no template for</source>
        <translation>Translate auto-replies the shop has no template for</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="97"/>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="97"/>
        <location filename="../../desktop/ui/translation_card.py" line="127"/>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="97"/>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="98"/>
        <source>Address (optional)</source>
        <translation>Address (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="98"/>
        <source>Customer messages</source>
        <translation>Customer messages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="99"/>
        <source>Auto-replies</source>
        <translation>Auto-replies</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="101"/>
        <source>the provider&apos;s own address</source>
        <translation>the provider&apos;s own address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="102"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="103"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="126"/>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="129"/>
        <source>saved in the system keychain; type to replace</source>
        <translation>saved in the system keychain; type to replace</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="130"/>
        <source>the key from the provider&apos;s console</source>
        <translation>the key from the provider&apos;s console</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="149"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="157"/>
        <location filename="../../desktop/ui/translation_card.py" line="166"/>
        <source>Asking the provider…</source>
        <translation>Asking the provider…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="174"/>
        <source>It works: “{0}” → “{1}”</source>
        <translation>It works: “{0}” → “{1}”</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/translation_card.py" line="176"/>
        <source>It does not work: {0}</source>
        <translation>It does not work: {0}</translation>
    </message>
</context>
<context>
    <name>UserMessages</name>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="30"/>
        <source>a word the shop does not send</source>
        <translation>a word the shop does not send</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="31"/>
        <source>Not sent: “{0}” is not allowed ({1}). Change the wording and send again.</source>
        <translation>Not sent: &quot;{0}&quot; is not allowed ({1}). Change the wording and send again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="38"/>
        <source>“{0}” is not an Excel workbook, or it is damaged: nothing was imported from it. Open it in Excel to check it, or export it again.</source>
        <translation>“{0}” is not an Excel workbook, or it is damaged: nothing was imported from it. Open it in Excel to check it, or export it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="44"/>
        <source>Give the channel a name.</source>
        <translation>Give the channel a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="46"/>
        <source>There is already a channel named “{0}”: choose another name.</source>
        <translation>There is already a channel named &quot;{0}&quot;: choose another name.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="55"/>
        <source>“{0}” is not a 抖店 channel: only a 抖店 channel has a chat bridge.</source>
        <translation>“{0}” is not a 抖店 channel: only a 抖店 channel has a chat bridge.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="59"/>
        <source>The shop has no webhook channel named “{0}”: add the bridge as a webhook first.</source>
        <translation>The shop has no webhook channel named “{0}”: add the bridge as a webhook first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="64"/>
        <source>The chats of “{0}” already have their orders looked up through “{1}”: a bridge serves one 抖店 shop. Take it from “{1}” first.</source>
        <translation>The chats of “{0}” already have their orders looked up through “{1}”: a bridge serves one 抖店 shop. Take it from “{1}” first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="69"/>
        <source>Choose the webhook channel the chats arrive through.</source>
        <translation>Choose the webhook channel the chats arrive through.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="79"/>
        <source>Receiving works. Replies wait until the webhook has a reply address.</source>
        <translation>Receiving works. Replies wait until the webhook has a reply address.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="82"/>
        <source>The reply address {url} did not answer within 5 seconds.</source>
        <translation>The reply address {url} did not answer within 5 seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="85"/>
        <source>The reply address {url} cannot be reached: check that the bridge is running.</source>
        <translation>The reply address {url} cannot be reached: check that the bridge is running.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="89"/>
        <source>The reply address {url} answers (HTTP {status}).</source>
        <translation>The reply address {url} answers (HTTP {status}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="92"/>
        <source>Receiving mail works; sending is tried with the first reply.</source>
        <translation>Receiving mail works; sending is tried with the first reply.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_messages.py" line="95"/>
        <source>There is no test for this kind of channel yet.</source>
        <translation>There is no test for this kind of channel yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="23"/>
        <source>The channel is not working right now; it is tried again shortly.</source>
        <translation>The channel is not working right now; it is tried again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="51"/>
        <source>Replies cannot be delivered: the reply address {url} cannot be reached. They are kept and sent when it answers.</source>
        <translation>Replies cannot be delivered: the reply address {url} cannot be reached. They are kept and sent when it answers.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="54"/>
        <source>The bridge is busy (HTTP {status}); replies are sent again shortly.</source>
        <translation>The bridge is busy (HTTP {status}); replies are sent again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="56"/>
        <source>The bridge refused a reply (HTTP {status}): {detail}</source>
        <translation>The bridge refused a reply (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="58"/>
        <source>Replies wait: the webhook has no reply address yet.</source>
        <translation>Replies wait: the webhook has no reply address yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="60"/>
        <source>This computer has no key for the webhook: add the channel again here.</source>
        <translation>This computer has no key for the webhook: add the channel again here.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="63"/>
        <source>The webhook cannot receive on port {port} ({why}): another program may be using it.</source>
        <translation>The webhook cannot receive on port {port} ({why}): another program may be using it.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="66"/>
        <source>The mailbox on {host} cannot be opened: check the server, the user name and the password.</source>
        <translation>The mailbox on {host} cannot be opened: check the server, the user name and the password.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="69"/>
        <source>The mailbox has no inbox folder: check the account.</source>
        <translation>The mailbox has no inbox folder: check the account.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="71"/>
        <source>Reading the mailbox was cut short; it is tried again shortly.</source>
        <translation>Reading the mailbox was cut short; it is tried again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="73"/>
        <source>Replies cannot be sent: the mail server {host} cannot be reached or refused the login.</source>
        <translation>Replies cannot be sent: the mail server {host} cannot be reached or refused the login.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="76"/>
        <source>The mail server did not take a reply; it is sent again shortly.</source>
        <translation>The mail server did not take a reply; it is sent again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="78"/>
        <source>The mail server refused a customer&apos;s address ({addresses}); that reply was not sent.</source>
        <translation>The mail server refused a customer&apos;s address ({addresses}); that reply was not sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="81"/>
        <source>{platform} cannot be reached; it is tried again shortly.</source>
        <translation>{platform} cannot be reached; it is tried again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="83"/>
        <source>{platform} asked for fewer requests; it is tried again in a minute.</source>
        <translation>{platform} asked for fewer requests; it is tried again in a minute.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="85"/>
        <source>{platform} is busy (HTTP {status}); it is tried again shortly.</source>
        <translation>{platform} is busy (HTTP {status}); it is tried again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="87"/>
        <source>{platform} gave an answer ShopDesk does not understand (HTTP {status}); it is tried again shortly.</source>
        <translation>{platform} gave an answer ShopDesk does not understand (HTTP {status}); it is tried again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="90"/>
        <source>{platform} refused a request ({detail}, code {error}).</source>
        <translation>{platform} refused a request ({detail}, code {error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="92"/>
        <source>The authorisation for {platform} has ended: connect the shop again in Settings.</source>
        <translation>The authorisation for {platform} has ended: connect the shop again in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="95"/>
        <source>{platform} refused the requests&apos; signature: the app secret kept for this shop is not its app key&apos;s. Connect the shop again in Settings.</source>
        <translation>{platform} refused the requests&apos; signature: the app secret kept for this shop is not its app key&apos;s. Connect the shop again in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="98"/>
        <source>{platform} refused this computer&apos;s address: add it to the app&apos;s IP whitelist on the open platform.</source>
        <translation>{platform} refused this computer&apos;s address: add it to the app&apos;s IP whitelist on the open platform.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="101"/>
        <source>{platform} gave an incomplete answer: nothing was changed, and it is asked again shortly.</source>
        <translation>{platform} gave an incomplete answer: nothing was changed, and it is asked again shortly.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="104"/>
        <source>{platform} after-sales requests are answered with words only.</source>
        <translation>{platform} after-sales requests are answered with words only.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="106"/>
        <source>This buyer&apos;s {platform} after-sales requests are all answered already: answer in 飞鸽 instead.</source>
        <translation>This buyer&apos;s {platform} after-sales requests are all answered already: answer in 飞鸽 instead.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="109"/>
        <source>A reply was cancelled.</source>
        <translation>A reply was cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="118"/>
        <source>not sent: {url} could not be reached</source>
        <translation>not sent: {url} could not be reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="120"/>
        <source>not sent: {platform} could not be reached</source>
        <translation>not sent: {platform} could not be reached</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="122"/>
        <source>not sent: the bridge was busy (HTTP {status})</source>
        <translation>not sent: the bridge was busy (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="124"/>
        <source>not sent: {platform} could not take it just then (HTTP {status})</source>
        <translation>not sent: {platform} could not take it just then (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="126"/>
        <source>not sent: {platform} gave an answer ShopDesk does not understand (HTTP {status})</source>
        <translation>not sent: {platform} gave an answer ShopDesk does not understand (HTTP {status})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="129"/>
        <source>not sent: the bridge refused it (HTTP {status}): {detail}</source>
        <translation>not sent: the bridge refused it (HTTP {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="131"/>
        <source>not sent: the webhook has no reply address</source>
        <translation>not sent: the webhook has no reply address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="133"/>
        <source>not sent: this computer has no key for the webhook</source>
        <translation>not sent: this computer has no key for the webhook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="135"/>
        <source>not sent: the mail server refused the customer&apos;s address</source>
        <translation>not sent: the mail server refused the customer&apos;s address</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="139"/>
        <source>not sent: {platform} refused it ({detail}, code {error})</source>
        <translation>not sent: {platform} refused it ({detail}, code {error})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="115"/>
        <source>not sent: the mail server could not be reached or refused the mail</source>
        <translation>not sent: the mail server could not be reached or refused the mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="141"/>
        <source>not sent: {platform} asked to send more slowly</source>
        <translation>not sent: {platform} asked to send more slowly</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="143"/>
        <source>not sent: the authorisation for {platform} has ended; connect the shop again in Settings</source>
        <translation>not sent: the authorisation for {platform} has ended; connect the shop again in Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="146"/>
        <source>not sent: {platform} refused the signature (the app secret is not the app key&apos;s); connect the shop again in Settings</source>
        <translation>not sent: {platform} refused the signature (the app secret is not the app key&apos;s); connect the shop again in Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="149"/>
        <source>not sent: {platform} refused this computer&apos;s address (add it to the app&apos;s IP whitelist)</source>
        <translation>not sent: {platform} refused this computer&apos;s address (add it to the app&apos;s IP whitelist)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="152"/>
        <source>not sent: {platform} gave an incomplete answer</source>
        <translation>not sent: {platform} gave an incomplete answer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="154"/>
        <source>not sent: {platform} after-sales requests are answered with words only</source>
        <translation>not sent: {platform} after-sales requests are answered with words only</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="157"/>
        <source>not sent: this buyer&apos;s {platform} after-sales requests are all answered already; answer in 飞鸽 instead</source>
        <translation>not sent: this buyer&apos;s {platform} after-sales requests are all answered already; answer in 飞鸽 instead</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="160"/>
        <source>not sent: it was cancelled</source>
        <translation>not sent: it was cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="34"/>
        <source>not sent: the channel did not take it</source>
        <translation>not sent: the channel did not take it</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="34"/>
        <source>Earlier versions of “{0}”</source>
        <translation>Earlier versions of &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="42"/>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="64"/>
        <source>Version {0} · replaced {1}</source>
        <translation>Version {0} · replaced {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="71"/>
        <source>This article has not been changed since it was written.</source>
        <translation>This article has not been changed since it was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="79"/>
        <source>Questions:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kb_versions.py" line="80"/>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
</context>
<context>
    <name>WebhookDialog</name>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="293"/>
        <source>Add webhook</source>
        <translation>Add webhook</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="301"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="302"/>
        <source>Port on this computer</source>
        <translation>Port on this computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/channels_card.py" line="303"/>
        <source>Replies go to (optional)</source>
        <translation>Replies go to (optional)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="92"/>
        <location filename="../../desktop/ui/welcome.py" line="93"/>
        <source>Welcome to ShopDesk</source>
        <translation>Welcome to ShopDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="94"/>
        <source>A few questions and your desk is ready. Everything can be changed later in Settings.</source>
        <translation>A few questions and your desk is ready. Everything can be changed later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="96"/>
        <source>Joining your team? Paste the join code the owner gave you and say who you are below: the shop&apos;s name, time zone and hours come from the team.</source>
        <translation>Joining your team? Paste the join code the owner gave you and say who you are below: the shop&apos;s name, time zone and hours come from the team.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="99"/>
        <source>Join code</source>
        <translation>Join code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="100"/>
        <source>Join the team</source>
        <translation>Join the team</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="101"/>
        <source>Or set up a new shop:</source>
        <translation>Or set up a new shop:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="102"/>
        <source>Shop name</source>
        <translation>Shop name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="102"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="103"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="103"/>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="104"/>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="106"/>
        <source>e.g. 小王</source>
        <translation>e.g. 小王</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="107"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="108"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="109"/>
        <source>Start with the starter knowledge base (60 common questions and answers) and reply templates</source>
        <translation>Start with the starter knowledge base (60 common questions and answers) and reply templates</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="111"/>
        <source>Add a channel</source>
        <translation>Add a channel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="111"/>
        <source>Import history…</source>
        <translation>Import history…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="112"/>
        <source>Open the demo shop</source>
        <translation>Open the demo shop</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/welcome.py" line="112"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>WindowNotices</name>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="40"/>
        <location filename="../../desktop/ui/window_notices.py" line="118"/>
        <source> (+{0} more)</source>
        <translation> (+{0} more)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="61"/>
        <source>ShopDesk — {0} conversation(s) need you</source>
        <translation>ShopDesk — {0} conversation(s) need you</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="104"/>
        <source>This week {0} customer questions in {1} groups found no answer in the knowledge base.</source>
        <translation>This week {0} customer questions in {1} groups found no answer in the knowledge base.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="106"/>
        <source>Review them</source>
        <translation>Review them</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="109"/>
        <source>{0} failed: {1}</source>
        <translation>{0} failed: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="111"/>
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="120"/>
        <source>ShopDesk reminder</source>
        <translation>ShopDesk reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="127"/>
        <source>The daily report for {0} is ready.</source>
        <translation>The daily report for {0} is ready.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="128"/>
        <source>Open report</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="130"/>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/window_notices.py" line="131"/>
        <source>The report for {0} is ready: click to open it</source>
        <translation>The report for {0} is ready: click to open it</translation>
    </message>
</context>
<context>
    <name>WordsCard</name>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="47"/>
        <source>SENSITIVE WORDS — your own, besides the starter list (block, mask with *, warn, or allow)</source>
        <translation>SENSITIVE WORDS — your own, besides the starter list (block, mask with *, warn, or allow)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="49"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="49"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="50"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="51"/>
        <source>Add word</source>
        <translation>Add word</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="52"/>
        <source>Save words</source>
        <translation>Save words</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="64"/>
        <source>block</source>
        <translation>block</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="64"/>
        <source>mask</source>
        <translation>mask</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="64"/>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="65"/>
        <source>allow</source>
        <translation>allow</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/words_card.py" line="82"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/agent_status.py" line="29"/>
        <source>%n open conversation(s)</source>
        <translation>
            <numerusform>%n open conversation</numerusform>
            <numerusform>%n open conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/user_messages.py" line="19"/>
        <source>You are still serving %n conversation(s): hand them over or close them first.</source>
        <translation>
            <numerusform>You are still serving %n conversation: hand it over or close it first.</numerusform>
            <numerusform>You are still serving %n conversations: hand them over or close them first.</numerusform>
        </translation>
    </message>
</context>
</TS>
