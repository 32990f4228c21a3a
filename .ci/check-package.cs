// Checks that a built .nupkg holds what the package promises: the README, the XML documentation next to the
// assembly, the license expression and the repository metadata. Usage: dotnet run .ci/check-package.cs -- PATH.nupkg
using System.IO.Compression;
using System.Xml.Linq;

if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine($"usage: check-package PATH.nupkg (got: {string.Join(' ', args)})");
    return 2;
}

using ZipArchive package = ZipFile.OpenRead(args[0]);
var names = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
var problems = new List<string>();
string id = Path.GetFileNameWithoutExtension(args[0]).Split('.').TakeWhile(part => !char.IsAsciiDigit(part[0])).Aggregate((a, b) => $"{a}.{b}");

// The core package also carries the wire format's schema and description; the tool package (a .NET tool) carries its
// app under tools/ instead of a library under lib/.
bool tool = names.Any(n => n.StartsWith("tools/net10.0/any/", StringComparison.Ordinal));
string[] extra = id == "Incidents.Core" ? ["schemas/incident.schema.json", "schemas/validation-report.schema.json", "docs/FORMAT.md"] : [];
string[] assembly = tool ? ["tools/net10.0/any/incidents.dll", "tools/net10.0/any/DotnetToolSettings.xml"] : [$"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml"];
string[] requiredFiles = ["README.md", "icon.png", $"{id}.nuspec", .. assembly, .. extra];
foreach (string required in requiredFiles)
{
    if (!names.Contains(required))
    {
        problems.Add($"missing {required}");
    }
}

if (names.Contains($"{id}.nuspec"))
{
    using Stream stream = package.GetEntry($"{id}.nuspec")!.Open();
    XElement metadata = XDocument.Load(stream).Root!.Elements().First(e => e.Name.LocalName == "metadata");
    string? Field(string name) => metadata.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
    XElement? license = metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "license");
    if (license?.Attribute("type")?.Value != "expression" || string.IsNullOrWhiteSpace(license.Value))
    {
        problems.Add("no license expression");
    }

    if (Field("icon") != "icon.png")
    {
        problems.Add("nuspec names no icon.png");
    }

    foreach (string field in new[] { "description", "tags", "readme", "authors" })
    {
        if (string.IsNullOrWhiteSpace(Field(field)))
        {
            problems.Add($"nuspec has no {field}");
        }
    }

    if (metadata.Elements().FirstOrDefault(e => e.Name.LocalName == "repository")?.Attribute("url") is null)
    {
        problems.Add("nuspec has no repository url");
    }
}

if (!tool && names.Contains($"lib/net10.0/{id}.xml"))
{
    using Stream stream = package.GetEntry($"lib/net10.0/{id}.xml")!.Open();
    int members = XDocument.Load(stream).Descendants("member").Count();
    if (members < 50)
    {
        problems.Add($"XML documentation has only {members} members");
    }

    Console.WriteLine($"{id}: XML documentation for {members} members");
}

if (names.Contains("icon.png"))
{
    // A PNG of 128 × 128 pixels: the signature, then the IHDR chunk's width and height (big-endian).
    using var icon = new MemoryStream();
    using (Stream stream = package.GetEntry("icon.png")!.Open())
    {
        stream.CopyTo(icon);
    }

    byte[] png = icon.ToArray();
    bool isPng = png.Length > 24 && png.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
    if (!isPng || System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)) != 128 || System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)) != 128)
    {
        problems.Add("icon.png is not a 128 × 128 PNG");
    }
}

string symbols = Path.ChangeExtension(args[0], ".snupkg");
if (!tool && !File.Exists(symbols))
{
    problems.Add($"missing symbol package {Path.GetFileName(symbols)}");
}

foreach (string problem in problems)
{
    Console.Error.WriteLine($"{Path.GetFileName(args[0])}: {problem}");
}

Console.WriteLine(problems.Count == 0 ? $"{Path.GetFileName(args[0])}: README, icon, {(tool ? "the tool" : "XML docs")}{(extra.Length > 0 ? ", JSON Schema, format description" : string.Empty)}, license, repository{(tool ? string.Empty : " and symbols")} present" : "package check failed");
return problems.Count == 0 ? 0 : 1;
