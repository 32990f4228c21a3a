<?php
// PHP 8: json_decode, then what a PHP producer does — instants from DateTime::format(DateTimeInterface::RFC3339_EXTENDED) ("+00:00"),
// times from date('H:i:s') — and json_encode with its default flags: "\/" for "/", "\uXXXX" for non-ASCII.
$doc = json_decode(file_get_contents($argv[1]));
foreach (['created', 'modified'] as $p) {
    $doc->metadata->$p = (new DateTime($doc->metadata->$p))->format(DateTimeInterface::RFC3339_EXTENDED);
}
if (isset($doc->timing->timeOfDay)) {
    $doc->timing->timeOfDay = preg_replace('/^(~|not before |not after )?(\d\d:\d\d)$/', '$1$2:00', $doc->timing->timeOfDay);
}
$flags = ($argv[2] ?? '') === 'pretty' ? JSON_PRETTY_PRINT : 0;
echo json_encode($doc, $flags), "\n";
