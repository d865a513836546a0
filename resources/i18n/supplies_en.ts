<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BreakdownModel</name>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
    </context>
    <context>
        <name>BudgetChartWidget</name>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Available</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>To buy</source>
            <translation>To buy</translation>
        </message>
    </context>
    <context>
        <name>BudgetDialog</name>
        <message>
            <source>Supply budget</source>
            <translation>Supply budget</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>The sponsorship income is the cash of the sponsors who agreed or paid; change it on the Sponsors page.</source>
            <translation>The sponsorship income is the cash of the sponsors who agreed or paid; change it on the Sponsors page.</translation>
        </message>
        <message>
            <source>Budget limit (¥)</source>
            <translation>Budget limit (¥)</translation>
        </message>
        <message>
            <source>Sponsorship income</source>
            <translation>Sponsorship income</translation>
        </message>
        <message>
            <source>Enter amounts in yuan, zero or more (e.g. 1500 or ¥1,500.50).</source>
            <translation>Enter amounts in yuan, zero or more (e.g. 1500 or ¥1,500.50).</translation>
        </message>
        <message>
            <source>That amount is too large.</source>
            <translation>That amount is too large.</translation>
        </message>
    </context>
    <context>
        <name>BudgetPanel</name>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Budget limit</source>
            <translation>Budget limit</translation>
        </message>
        <message>
            <source>Sponsorship income</source>
            <translation>Sponsorship income</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>Available</translation>
        </message>
        <message>
            <source>Cost of bought items</source>
            <translation>Cost of bought items</translation>
        </message>
        <message>
            <source>Spent (bought, in hand)</source>
            <translation>Spent (bought, in hand)</translation>
        </message>
        <message>
            <source>Committed (ordered)</source>
            <translation>Committed (ordered)</translation>
        </message>
        <message>
            <source>Still to buy</source>
            <translation>Still to buy</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>Edit budget…</source>
            <translation>Edit budget…</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>Over budget by {amount}!</source>
            <translation>Over budget by {amount}!</translation>
        </message>
        <message>
            <source>Set a budget limit to see what remains.</source>
            <translation>Set a budget limit to see what remains.</translation>
        </message>
    </context>
    <context>
        <name>CategoryDialog</name>
        <message>
            <source>Supply categories</source>
            <translation>Supply categories</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Built-in categories cannot be changed; add your own.</source>
            <translation>Built-in categories cannot be changed; add your own.</translation>
        </message>
        <message>
            <source>New category</source>
            <translation>New category</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Rename category</source>
            <translation>Rename category</translation>
        </message>
    </context>
    <context>
        <name>Supplies</name>
        <message>
            <source>Add “{name}”</source>
            <translation>Add “{name}”</translation>
        </message>
        <message>
            <source>Edit “{name}”</source>
            <translation>Edit “{name}”</translation>
        </message>
        <message>
            <source>Remove “{name}”</source>
            <translation>Remove “{name}”</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n item(s)</source>
            <translation>
                <numerusform>Remove %n item</numerusform>
                <numerusform>Remove %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Set %n item(s) to “{status}”</source>
            <translation>
                <numerusform>Set %n item to “{status}”</numerusform>
                <numerusform>Set %n items to “{status}”</numerusform>
            </translation>
        </message>
        <message>
            <source>Change the supply budget</source>
            <translation>Change the supply budget</translation>
        </message>
        <message>
            <source>Add category “{name}”</source>
            <translation>Add category “{name}”</translation>
        </message>
        <message>
            <source>Rename category to “{name}”</source>
            <translation>Rename category to “{name}”</translation>
        </message>
        <message>
            <source>Remove category “{name}”</source>
            <translation>Remove category “{name}”</translation>
        </message>
        <message>
            <source>Consumables</source>
            <translation>Consumables</translation>
        </message>
        <message>
            <source>Publicity and printing</source>
            <translation>Publicity and printing</translation>
        </message>
        <message>
            <source>Stage equipment</source>
            <translation>Stage equipment</translation>
        </message>
        <message>
            <source>Props</source>
            <translation>Props</translation>
        </message>
        <message>
            <source>Prizes and gifts</source>
            <translation>Prizes and gifts</translation>
        </message>
        <message>
            <source>First aid and safety</source>
            <translation>First aid and safety</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Buy</source>
            <translation>Buy</translation>
        </message>
        <message>
            <source>Borrow</source>
            <translation>Borrow</translation>
        </message>
        <message>
            <source>Sponsored</source>
            <translation>Sponsored</translation>
        </message>
        <message>
            <source>Already own</source>
            <translation>Already own</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Ordered</source>
            <translation>Ordered</translation>
        </message>
        <message>
            <source>In hand</source>
            <translation>In hand</translation>
        </message>
        <message>
            <source>At the venue</source>
            <translation>At the venue</translation>
        </message>
        <message>
            <source>Returned / used up</source>
            <translation>Returned / used up</translation>
        </message>
        <message>
            <source>An item needs a name.</source>
            <translation>An item needs a name.</translation>
        </message>
        <message>
            <source>The name is too long.</source>
            <translation>The name is too long.</translation>
        </message>
        <message>
            <source>A category of that name exists.</source>
            <translation>A category of that name exists.</translation>
        </message>
        <message>
            <source>Built-in categories cannot be renamed.</source>
            <translation>Built-in categories cannot be renamed.</translation>
        </message>
        <message>
            <source>Built-in categories cannot be removed.</source>
            <translation>Built-in categories cannot be removed.</translation>
        </message>
        <message>
            <source>The quantity must be a number greater than zero.</source>
            <translation>The quantity must be a number greater than zero.</translation>
        </message>
        <message>
            <source>The quantity is too large.</source>
            <translation>The quantity is too large.</translation>
        </message>
        <message>
            <source>The unit price must be an amount in yuan, zero or more (e.g. 12.5).</source>
            <translation>The unit price must be an amount in yuan, zero or more (e.g. 12.5).</translation>
        </message>
        <message>
            <source>The unit price is too large.</source>
            <translation>The unit price is too large.</translation>
        </message>
        <message>
            <source>The budget limit must be an amount in yuan, zero or more.</source>
            <translation>The budget limit must be an amount in yuan, zero or more.</translation>
        </message>
        <message>
            <source>The sponsorship must be an amount in yuan, zero or more.</source>
            <translation>The sponsorship must be an amount in yuan, zero or more.</translation>
        </message>
        <message>
            <source>This category still holds items: {items}.</source>
            <translation>This category still holds items: {items}.</translation>
        </message>
        <message>
            <source>“{name}” was needed by {needed_by} and is not in hand yet.</source>
            <translation>“{name}” was needed by {needed_by} and is not in hand yet.</translation>
        </message>
        <message>
            <source>“{name}” must be returned, but nobody is named to return it to.</source>
            <translation>“{name}” must be returned, but nobody is named to return it to.</translation>
        </message>
        <message>
            <source>“{name}” has nobody responsible.</source>
            <translation>“{name}” has nobody responsible.</translation>
        </message>
        <message>
            <source>Supplies cost {cost}, over the budget of {available} by {overrun}.</source>
            <translation>Supplies cost {cost}, over the budget of {available} by {overrun}.</translation>
        </message>
        <message>
            <source>Not all props of “{act}” are in hand by the final rehearsal ({date}): {items}.</source>
            <translation>Not all props of “{act}” are in hand by the final rehearsal ({date}): {items}.</translation>
        </message>
        <message>
            <source>Sheet {sheet}, cell {cell}: the text was cut to 32,767 characters (Excel's limit; it had {length}).</source>
            <translation>Sheet {sheet}, cell {cell}: the text was cut to 32,767 characters (Excel's limit; it had {length}).</translation>
        </message>
        <message>
            <source>Sheet {sheet}, cell {cell}: characters Excel cannot hold were removed.</source>
            <translation>Sheet {sheet}, cell {cell}: characters Excel cannot hold were removed.</translation>
        </message>
    </context>
    <context>
        <name>SuppliesFileActions</name>
        <message>
            <source>Export supplies to Excel…</source>
            <translation>Export supplies to Excel…</translation>
        </message>
        <message>
            <source>Export supply list as PDF…</source>
            <translation>Export supply list as PDF…</translation>
        </message>
        <message>
            <source>Import items from Excel…</source>
            <translation>Import items from Excel…</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>A filter is on. Export only the items shown?</source>
            <translation>A filter is on. Export only the items shown?</translation>
        </message>
        <message numerus="yes">
            <source>Only the %n shown</source>
            <translation>
                <numerusform>Only the %n shown</numerusform>
                <numerusform>Only the %n shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n items</source>
            <translation>
                <numerusform>The %n item</numerusform>
                <numerusform>All %n items</numerusform>
            </translation>
        </message>
        <message>
            <source>Export supplies</source>
            <translation>Export supplies</translation>
        </message>
        <message>
            <source>supplies and budget</source>
            <translation>supplies and budget</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Export supply list</source>
            <translation>Export supply list</translation>
        </message>
        <message>
            <source>supply list</source>
            <translation>supply list</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF document (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>SuppliesPage</name>
        <message>
            <source>Add item…</source>
            <translation>Add item…</translation>
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
            <source>Set status of selected:</source>
            <translation>Set status of selected:</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Categories…</source>
            <translation>Categories…</translation>
        </message>
        <message>
            <source>Totals of the items shown</source>
            <translation>Totals of the items shown</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>By category</translation>
        </message>
        <message>
            <source>By department</source>
            <translation>By department</translation>
        </message>
        <message>
            <source>By status</source>
            <translation>By status</translation>
        </message>
        <message>
            <source>By source</source>
            <translation>By source</translation>
        </message>
    </context>
    <context>
        <name>SupplyColumns</name>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Supplier / lender</source>
            <translation>Supplier / lender</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Needed by</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Return to</source>
            <translation>Return to</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>For act</source>
            <translation>For act</translation>
        </message>
    </context>
    <context>
        <name>SupplyExport</name>
        <message>
            <source>Value of all items</source>
            <translation>Value of all items</translation>
        </message>
        <message>
            <source>Cost of bought items</source>
            <translation>Cost of bought items</translation>
        </message>
        <message>
            <source>Spent (bought, in hand)</source>
            <translation>Spent (bought, in hand)</translation>
        </message>
        <message>
            <source>Committed (ordered)</source>
            <translation>Committed (ordered)</translation>
        </message>
        <message>
            <source>Still to buy</source>
            <translation>Still to buy</translation>
        </message>
        <message>
            <source>Budget limit</source>
            <translation>Budget limit</translation>
        </message>
        <message>
            <source>Sponsorship income</source>
            <translation>Sponsorship income</translation>
        </message>
        <message>
            <source>Available (limit + sponsorship)</source>
            <translation>Available (limit + sponsorship)</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Must return</source>
            <translation>Must return</translation>
        </message>
        <message>
            <source>Budget status</source>
            <translation>Budget status</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Shopping list</source>
            <translation>Shopping list</translation>
        </message>
        <message>
            <source>Returns</source>
            <translation>Returns</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <source>{count} items</source>
            <translation>{count} items</translation>
        </message>
        <message>
            <source>{count} of {all} items (filtered)</source>
            <translation>{count} of {all} items (filtered)</translation>
        </message>
        <message>
            <source>0" items"</source>
            <translation>0" items"</translation>
        </message>
        <message>
            <source>Totals by category</source>
            <translation>Totals by category</translation>
        </message>
        <message>
            <source>Totals by department</source>
            <translation>Totals by department</translation>
        </message>
        <message>
            <source>(no department)</source>
            <translation>(no department)</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Cost (bought)</source>
            <translation>Cost (bought)</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>OVER BUDGET</source>
            <translation>OVER BUDGET</translation>
        </message>
        <message>
            <source>within budget</source>
            <translation>within budget</translation>
        </message>
        <message>
            <source>Totals of the exported (filtered) items only</source>
            <translation>Totals of the exported (filtered) items only</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Needed by</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>(supplier not chosen yet)</source>
            <translation>(supplier not chosen yet)</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Lent by</source>
            <translation>Lent by</translation>
        </message>
        <message>
            <source>Return to</source>
            <translation>Return to</translation>
        </message>
        <message>
            <source>Returned by</source>
            <translation>Returned by</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Supplies and budget</source>
            <translation>Supplies and budget</translation>
        </message>
        <message>
            <source>For the charts</source>
            <translation>For the charts</translation>
        </message>
        <message>
            <source>Cost by category</source>
            <translation>Cost by category</translation>
        </message>
        <message>
            <source>Spending against the available funds</source>
            <translation>Spending against the available funds</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} of %n item(s) (filtered)</source>
            <translation>
                <numerusform>{count} of %n item (filtered)</numerusform>
                <numerusform>{count} of %n items (filtered)</numerusform>
            </translation>
        </message>
        <message>
            <source>Supply list</source>
            <translation>Supply list</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Supplier / lender</source>
            <translation>Supplier / lender</translation>
        </message>
        <message>
            <source>Subtotal of {category}</source>
            <translation>Subtotal of {category}</translation>
        </message>
        <message>
            <source>Budget and spending</source>
            <translation>Budget and spending</translation>
        </message>
        <message>
            <source>Over budget by {amount}!</source>
            <translation>Over budget by {amount}!</translation>
        </message>
        <message>
            <source>No items.</source>
            <translation>No items.</translation>
        </message>
    </context>
    <context>
        <name>SupplyFilterBar</name>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Any source</source>
            <translation>Any source</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>All departments</translation>
        </message>
        <message>
            <source>(no department)</source>
            <translation>(no department)</translation>
        </message>
        <message>
            <source>Search items, suppliers, people…</source>
            <translation>Search items, suppliers, people…</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Needed by</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
    </context>
    <context>
        <name>SupplyImport</name>
        <message>
            <source>the item has no name</source>
            <translation>the item has no name</translation>
        </message>
        <message>
            <source>quantity “{value}” is not a number greater than zero</source>
            <translation>quantity “{value}” is not a number greater than zero</translation>
        </message>
        <message>
            <source>unit price “{value}” is not an amount in yuan (e.g. ¥12.5 or 12.5元)</source>
            <translation>unit price “{value}” is not an amount in yuan (e.g. ¥12.5 or 12.5元)</translation>
        </message>
        <message>
            <source>source “{value}” not understood (taken as bought)</source>
            <translation>source “{value}” not understood (taken as bought)</translation>
        </message>
        <message>
            <source>status “{value}” not understood (taken as planned)</source>
            <translation>status “{value}” not understood (taken as planned)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Not in the gala, left empty: {names}.</source>
            <translation>Not in the gala, left empty: {names}.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n item(s) ({dup} already there, skipped).</source>
            <translation>
                <numerusform>Imported %n item ({dup} already there, skipped).</numerusform>
                <numerusform>Imported %n items ({dup} already there, skipped).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n item(s)</source>
            <translation>
                <numerusform>Import %n item</numerusform>
                <numerusform>Import %n items</numerusform>
            </translation>
        </message>
        <message>
            <source>{new} new, {dup} already there (skipped), {err} with errors.</source>
            <translation>{new} new, {dup} already there (skipped), {err} with errors.</translation>
        </message>
        <message>
            <source>Already there (same item and supplier): skipped</source>
            <translation>Already there (same item and supplier): skipped</translation>
        </message>
        <message>
            <source>Every item in this sheet is already in the gala.</source>
            <translation>Every item in this sheet is already in the gala.</translation>
        </message>
        <message>
            <source>No sheet of {name} has a header row with an item column (物品 or Item).</source>
            <translation>No sheet of {name} has a header row with an item column (物品 or Item).</translation>
        </message>
        <message>
            <source>no item column</source>
            <translation>no item column</translation>
        </message>
        <message>
            <source>Import items from {file}</source>
            <translation>Import items from {file}</translation>
        </message>
        <message>
            <source>the name has {value} characters; at most 200 are accepted</source>
            <translation>the name has {value} characters; at most 200 are accepted</translation>
        </message>
        <message>
            <source>date “{value}” not understood, left empty (write it as 2027-04-30 or 2027年4月30日)</source>
            <translation>date “{value}” not understood, left empty (write it as 2027-04-30 or 2027年4月30日)</translation>
        </message>
        <message>
            <source>New categories: {names}.</source>
            <translation>New categories: {names}.</translation>
        </message>
    </context>
    <context>
        <name>SupplyItemDialog</name>
        <message>
            <source>Supply item</source>
            <translation>Supply item</translation>
        </message>
        <message>
            <source>Edit “{name}”</source>
            <translation>Edit “{name}”</translation>
        </message>
        <message>
            <source>e.g. 箱, 个, 张</source>
            <translation>e.g. 箱, 个, 张</translation>
        </message>
        <message>
            <source>yuan, e.g. 12.5</source>
            <translation>yuan, e.g. 12.5</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>Needed by</source>
            <translation>Needed by</translation>
        </message>
        <message>
            <source>Must be returned</source>
            <translation>Must be returned</translation>
        </message>
        <message>
            <source>to whom</source>
            <translation>to whom</translation>
        </message>
        <message>
            <source>(no act)</source>
            <translation>(no act)</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Quantity and unit</source>
            <translation>Quantity and unit</translation>
        </message>
        <message>
            <source>Unit price (¥)</source>
            <translation>Unit price (¥)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Supplier / lender</source>
            <translation>Supplier / lender</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>For act (props)</source>
            <translation>For act (props)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>The quantity must be a number greater than zero.</source>
            <translation>The quantity must be a number greater than zero.</translation>
        </message>
        <message>
            <source>The unit price must be an amount in yuan, zero or more (e.g. 12.5).</source>
            <translation>The unit price must be an amount in yuan, zero or more (e.g. 12.5).</translation>
        </message>
    </context>
    <context>
        <name>TotalsBar</name>
        <message numerus="yes">
            <source>%n item(s) shown of {all}</source>
            <translation>
                <numerusform>%n item shown of {all}</numerusform>
                <numerusform>%n items shown of {all}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} · value {value} · cost {cost} (spent {spent}, committed {committed}, still to buy {planned})</source>
            <translation>{shown} · value {value} · cost {cost} (spent {spent}, committed {committed}, still to buy {planned})</translation>
        </message>
    </context>
</TS>
