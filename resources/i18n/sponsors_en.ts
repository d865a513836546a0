<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>GoodsDialog</name>
        <message>
            <source>Goods in kind</source>
            <translation>Goods in kind</translation>
        </message>
        <message>
            <source>yuan, e.g. 174</source>
            <translation>yuan, e.g. 174</translation>
        </message>
        <message>
            <source>(not a supply item)</source>
            <translation>(not a supply item)</translation>
        </message>
        <message>
            <source>Supply item</source>
            <translation>Supply item</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Value (¥)</source>
            <translation>Value (¥)</translation>
        </message>
        <message>
            <source>Say what the sponsor gives.</source>
            <translation>Say what the sponsor gives.</translation>
        </message>
        <message>
            <source>The value must be an amount in yuan, zero or more.</source>
            <translation>The value must be an amount in yuan, zero or more.</translation>
        </message>
    </context>
    <context>
        <name>PromiseDialog</name>
        <message>
            <source>Promise to the sponsor</source>
            <translation>Promise to the sponsor</translation>
        </message>
        <message>
            <source>e.g. logo at the bottom right of the poster</source>
            <translation>e.g. logo at the bottom right of the poster</translation>
        </message>
        <message>
            <source>(no point chosen)</source>
            <translation>(no point chosen)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Promise</translation>
        </message>
        <message>
            <source>What exactly</source>
            <translation>What exactly</translation>
        </message>
        <message>
            <source>Said after the link of</source>
            <translation>Said after the link of</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Photo (optional)</source>
            <translation>Photo (optional)</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Pictures (*.jpg *.jpeg *.png)</source>
            <translation>Pictures (*.jpg *.jpeg *.png)</translation>
        </message>
    </context>
    <context>
        <name>PromiseTableModel</name>
        <message>
            <source>Sponsor</source>
            <translation>Sponsor</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Promise</translation>
        </message>
        <message>
            <source>When on stage</source>
            <translation>When on stage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>SponsorDialog</name>
        <message>
            <source>New sponsor</source>
            <translation>New sponsor</translation>
        </message>
        <message>
            <source>Sponsor “{company}”</source>
            <translation>Sponsor “{company}”</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>yuan, e.g. 500</source>
            <translation>yuan, e.g. 500</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>Contact phone</translation>
        </message>
        <message>
            <source>Looked after by</source>
            <translation>Looked after by</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cash (¥)</source>
            <translation>Cash (¥)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Goods in kind</source>
            <translation>Goods in kind</translation>
        </message>
        <message>
            <source>What we promised in return</source>
            <translation>What we promised in return</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Supply item</source>
            <translation>Supply item</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Promise</translation>
        </message>
        <message>
            <source>What exactly</source>
            <translation>What exactly</translation>
        </message>
        <message>
            <source>When on stage</source>
            <translation>When on stage</translation>
        </message>
        <message>
            <source>The cash must be an amount in yuan, zero or more (e.g. 500).</source>
            <translation>The cash must be an amount in yuan, zero or more (e.g. 500).</translation>
        </message>
    </context>
    <context>
        <name>SponsorExport</name>
        <message>
            <source>Sponsor report</source>
            <translation>Sponsor report</translation>
        </message>
        <message>
            <source>In brief</source>
            <translation>In brief</translation>
        </message>
        <message>
            <source>Goods in kind</source>
            <translation>Goods in kind</translation>
        </message>
        <message>
            <source>Supply item</source>
            <translation>Supply item</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>What we promised</source>
            <translation>What we promised</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>Promise</translation>
        </message>
        <message>
            <source>When on stage</source>
            <translation>When on stage</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>No goods in kind.</source>
            <translation>No goods in kind.</translation>
        </message>
        <message>
            <source>Nothing was promised.</source>
            <translation>Nothing was promised.</translation>
        </message>
        <message>
            <source>No sponsors are recorded.</source>
            <translation>No sponsors are recorded.</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Looked after by</source>
            <translation>Looked after by</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Sponsors who agreed</source>
            <translation>Sponsors who agreed</translation>
        </message>
        <message>
            <source>{count} of {all}</source>
            <translation>{count} of {all}</translation>
        </message>
        <message>
            <source>Cash agreed</source>
            <translation>Cash agreed</translation>
        </message>
        <message>
            <source>Cash received</source>
            <translation>Cash received</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <translation>Promises kept</translation>
        </message>
        <message>
            <source>{kept} of {all} ({dropped} dropped)</source>
            <translation>{kept} of {all} ({dropped} dropped)</translation>
        </message>
        <message>
            <source>Sponsor mention</source>
            <translation>Sponsor mention</translation>
        </message>
    </context>
    <context>
        <name>SponsorTableModel</name>
        <message>
            <source>Company</source>
            <translation>Company</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Goods in kind</source>
            <translation>Goods in kind</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <translation>Promises kept</translation>
        </message>
        <message>
            <source>Looked after by</source>
            <translation>Looked after by</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
    </context>
    <context>
        <name>Sponsors</name>
        <message>
            <source>Approached</source>
            <translation>Approached</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>Logo on the poster</source>
            <translation>Logo on the poster</translation>
        </message>
        <message>
            <source>Banner</source>
            <translation>Banner</translation>
        </message>
        <message>
            <source>Booth</source>
            <translation>Booth</translation>
        </message>
        <message>
            <source>Host mention</source>
            <translation>Host mention</translation>
        </message>
        <message>
            <source>Ad in the programme</source>
            <translation>Ad in the programme</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>To do</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>A sponsor needs a company name.</source>
            <translation>A sponsor needs a company name.</translation>
        </message>
        <message>
            <source>The company name is too long.</source>
            <translation>The company name is too long.</translation>
        </message>
        <message>
            <source>The phone number may hold digits, spaces, +, - and brackets only.</source>
            <translation>The phone number may hold digits, spaces, +, - and brackets only.</translation>
        </message>
        <message>
            <source>The cash must be an amount in yuan, zero or more (e.g. 500).</source>
            <translation>The cash must be an amount in yuan, zero or more (e.g. 500).</translation>
        </message>
        <message>
            <source>The cash amount is too large.</source>
            <translation>The cash amount is too large.</translation>
        </message>
        <message>
            <source>Each good in kind needs a description.</source>
            <translation>Each good in kind needs a description.</translation>
        </message>
        <message>
            <source>The value of goods must be an amount in yuan, zero or more.</source>
            <translation>The value of goods must be an amount in yuan, zero or more.</translation>
        </message>
        <message>
            <source>The value of goods is too large.</source>
            <translation>The value of goods is too large.</translation>
        </message>
        <message>
            <source>{kind} ({detail})</source>
            <translation>{kind} ({detail})</translation>
        </message>
        <message>
            <source>Our thanks to {company} for supporting tonight’s gala!</source>
            <translation>Our thanks to {company} for supporting tonight’s gala!</translation>
        </message>
        <message>
            <source>Nobody of the committee looks after the sponsor “{company}”.</source>
            <translation>Nobody of the committee looks after the sponsor “{company}”.</translation>
        </message>
        <message>
            <source>“{company}” agreed to give {cash} but the money has not been received.</source>
            <translation>“{company}” agreed to give {cash} but the money has not been received.</translation>
        </message>
        <message>
            <source>“{item}” is a gift of “{company}” but the supply list buys it: set its source to Sponsored.</source>
            <translation>“{item}” is a gift of “{company}” but the supply list buys it: set its source to Sponsored.</translation>
        </message>
        <message>
            <source>The host mention of “{company}” has no point in the running order: {what}.</source>
            <translation>The host mention of “{company}” has no point in the running order: {what}.</translation>
        </message>
        <message>
            <source>A promise to “{company}” is not kept yet: {what}.</source>
            <translation>A promise to “{company}” is not kept yet: {what}.</translation>
        </message>
        <message>
            <source>Add sponsor “{company}”</source>
            <translation>Add sponsor “{company}”</translation>
        </message>
        <message>
            <source>Edit sponsor “{company}”</source>
            <translation>Edit sponsor “{company}”</translation>
        </message>
        <message>
            <source>Remove sponsor “{company}”</source>
            <translation>Remove sponsor “{company}”</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n sponsor(s)</source>
            <translation>
                <numerusform>Remove %n sponsor</numerusform>
                <numerusform>Remove %n sponsors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n promise(s) “{status}”</source>
            <translation>
                <numerusform>Mark %n promise “{status}”</numerusform>
                <numerusform>Mark %n promises “{status}”</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SponsorsPage</name>
        <message>
            <source>Add sponsor…</source>
            <translation>Add sponsor…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Export sponsor report…</source>
            <translation>Export sponsor report…</translation>
        </message>
        <message>
            <source>What we promised: tick it off on the night</source>
            <translation>What we promised: tick it off on the night</translation>
        </message>
        <message>
            <source>Only what is still to do</source>
            <translation>Only what is still to do</translation>
        </message>
        <message>
            <source>Mark selected:</source>
            <translation>Mark selected:</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Cash agreed {cash} (received {received}) · goods {goods} · promises kept {kept} of {all}</source>
            <translation>Cash agreed {cash} (received {received}) · goods {goods} · promises kept {kept} of {all}</translation>
        </message>
        <message>
            <source>Export sponsor report</source>
            <translation>Export sponsor report</translation>
        </message>
        <message>
            <source>sponsor report</source>
            <translation>sponsor report</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
    </context>
</TS>
