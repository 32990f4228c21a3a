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

// The core package also carries the wire format's schema and description.
string[] extra = id == "Incidents.Core" ? ["schemas/incident.schema.json", "schemas/validation-report.schema.json", "docs/FORMAT.md"] : [];
string[] requiredFiles = ["README.md", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml", $"{id}.nuspec", .. extra];
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

if (names.Contains($"lib/net10.0/{id}.xml"))
{
    using Stream stream = package.GetEntry($"lib/net10.0/{id}.xml")!.Open();
    int members = XDocument.Load(stream).Descendants("member").Count();
    if (members < 50)
    {
        problems.Add($"XML documentation has only {members} members");
    }

    Console.WriteLine($"{id}: XML documentation for {members} members");
}

string symbols = Path.ChangeExtension(args[0], ".snupkg");
if (!File.Exists(symbols))
{
    problems.Add($"missing symbol package {Path.GetFileName(symbols)}");
}

foreach (string problem in problems)
{
    Console.Error.WriteLine($"{Path.GetFileName(args[0])}: {problem}");
}

Console.WriteLine(problems.Count == 0 ? $"{Path.GetFileName(args[0])}: README, XML docs{(extra.Length > 0 ? ", JSON Schema, format description" : string.Empty)}, license, repository and symbols present" : "package check failed");
return problems.Count == 0 ? 0 : 1;
