extern alias generators;

using System.Text.Json;
using generators::Incidents.Core.Generators;
using Incidents.Core.Json;
using Incidents.Core.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Incidents.Core.Tests.SourceGeneration;

/// <summary>The source generator of the records' wire format: its output for a sample that has every kind of
/// property (a document root, a nested record, a record built by its constructor) is pinned in golden files (a change
/// in emitted code shows in review; INCIDENTS_UPDATE_GOLDEN=1 rewrites them), every misuse of the attribute is a
/// diagnostic that says what to write, an unrelated edit re-uses the cached models, and the library's own records
/// are all generated and agree with the schema.</summary>
public sealed class WireRecordGeneratorTests
{
    /// <summary>Stand-ins for the library's types, with the shapes the generator looks at.</summary>
    private const string Library = """
        using System;
        namespace Incidents.Core.Json
        {
            [AttributeUsage(AttributeTargets.Class)]
            internal sealed class WireRecordAttribute(string noun) : Attribute
            {
                public string Noun { get; } = noun;
                public string? VersionIn { get; init; }
            }
        }

        namespace Incidents.Core.Parsing
        {
            [AttributeUsage(AttributeTargets.Struct)]
            internal sealed class TextValueAttribute(string noun, string examples) : Attribute
            {
                public int IdentifierMaxLength { get; init; }
            }
        }

        namespace Incidents.Core
        {
            using Incidents.Core.Parsing;

            public readonly struct EquatableArray<T> { }

            public readonly struct ExtensionProperty { }

            [TextValue("a version", "\"1.1\"")] public readonly partial record struct SchemaVersion;

            [TextValue("a date", "\"2022\"")] public readonly partial record struct PartialDate;

            [TextValue("a casualty range", "\"39\"")] public readonly partial record struct CasualtyRange;

            [TextValue("an actor id", "\"is\"", IdentifierMaxLength = 64)] public readonly partial record struct ActorId;

            public enum Stance { Unknown, Independent }
        }

        namespace Incidents.Core.Utility
        {
            internal static class Guard
            {
                internal static string NotBlank(string value, string name) => value;
                internal static string? NullOrNotBlank(string? value, string name) => value;
                internal static T Defined<T>(T value, string name) => value;
                internal static EquatableArray<T> UniqueKeys<T, TKey>(EquatableArray<T> items, Func<T, TKey> key, string name) => items;
                internal static T Mine<T>(T value, string name) => value;
            }
        }
        """;

    private const string Sample = """
        using System;
        using Incidents.Core.Json;
        using Incidents.Core.Utility;
        using NodaTime;

        namespace Incidents.Core
        {
            [WireRecord("a sample", VersionIn = nameof(Metadata))]
            public sealed record Sample
            {
                public required ActorId Id { get; init; }
                public required string Title { get; init => field = Guard.NotBlank(value, nameof(Title)); }
                public string? Summary { get; init => field = Guard.NullOrNotBlank(value, nameof(Summary)); }
                public PartialDate? Date { get; init; }
                public Stance Stance { get; init => field = Guard.Mine(value, nameof(Stance)); }
                public Stance? Certainty { get; init => field = value is { } v ? Guard.Defined(v, nameof(Certainty)) : null; }
                public int? Count
                {
                    get;
                    init
                    {
                        if (value < 1) throw new ArgumentOutOfRangeException(nameof(Count));
                        field = value;
                    }
                }
                public int Revision { get; init; } = 1;
                public bool? IsSuicide { get; init; }
                public Instant? Seen { get; init; }
                public DateTimeZone? Zone { get; init; }
                public Uri? Url { get; init; }
                public CasualtyRange? Range { get; init; }
                public EquatableArray<string> Aliases { get; init => field = Guard.UniqueKeys(value, static a => a, nameof(Aliases)); }
                public EquatableArray<PartialDate> Dates { get; init; }
                public EquatableArray<ActorId> Actors { get; init; }
                public EquatableArray<Member> Members { get; init => field = Guard.UniqueKeys(value, static m => m.Id, nameof(Members)); }
                public Pair? Pair { get; init; }
                public required Meta Metadata { get; init; }
                public EquatableArray<ExtensionProperty> Extensions { get; init; }
            }

            [WireRecord("a member")]
            public sealed record Member
            {
                public required ActorId Id { get; init; }
                public EquatableArray<ExtensionProperty> Extensions { get; init; }
            }

            [WireRecord("a pair")]
            public sealed record Pair
            {
                public Pair(ActorId first, Stance second = Stance.Unknown) { }
                public required ActorId First { get; init; }
                public Stance Second { get; init; }
                public EquatableArray<ExtensionProperty> Extensions { get; init; }
            }

            [WireRecord("the metadata")]
            public sealed record Meta
            {
                public SchemaVersion SchemaVersion { get; init; }
                public required Instant Created { get; init; }
                public EquatableArray<ExtensionProperty> Extensions { get; init; }
            }
        }
        """;

    private static (GeneratorDriverRunResult Result, GeneratorDriver Driver, CSharpCompilation Compilation) Run(params string[] sources) =>
        GeneratorHarness.Run(new WireRecordGenerator(), [.. sources, Library]);

    [Theory]
    [InlineData("Sample.Wire.g.cs")]
    [InlineData("Pair.Wire.g.cs")]
    [InlineData("WireRecords.g.cs")]
    public void Output_IsTheCommittedSnapshot(string hintName)
    {
        GeneratorDriverRunResult result = Run(Sample).Result;

        result.Diagnostics.Should().BeEmpty();
        result.Results.Single().GeneratedSources.Select(g => g.HintName).Should().BeEquivalentTo(
            "Sample.Wire.g.cs", "Member.Wire.g.cs", "Pair.Wire.g.cs", "Meta.Wire.g.cs", "WireRecords.g.cs");
        string actual = result.Results.Single().GeneratedSources.Single(g => g.HintName == hintName).SourceText.ToString();
        string snapshot = Path.Combine(Repository.Root, "tests", "Incidents.Core.Tests", "SourceGeneration", "Snapshots", hintName + ".txt");
        if (Environment.GetEnvironmentVariable("INCIDENTS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(snapshot, actual);
        }

        actual.Should().Be(File.ReadAllText(snapshot));
    }

    [Fact]
    public void Output_ReadsEachKindOfPropertyTheWayItsTypeSays()
    {
        string sample = Run(Sample).Result.Results.Single().GeneratedSources.Single(g => g.HintName == "Sample.Wire.g.cs").SourceText.ToString();

        sample.Should().Contain("[\"schemaVersion\", \"id\", \"title\", \"metadata\"]", "the root's version and the 'required' properties are required");
        sample.Should().Contain("scope.Ok &= Id(ref r, out id);", "a required identifier");
        sample.Should().Contain("scope.Ok &= Text(ref r, out title);").And.Contain("scope.Ok &= OptionalText(ref r, out summary);");
        sample.Should().Contain("scope.Ok &= OptionalValue(ref r, out date);");
        sample.Should().Contain("scope.Ok &= r.TokenType == JsonTokenType.Null || Enum(ref r, out stance);", "an optional value with a default reads null as absent");
        sample.Should().Contain("int revision = 1;", "an absent property keeps the record's initializer");
        sample.Should().Contain("scope.Ok &= Count(ref r, 1, out int countRead);");
        sample.Should().Contain("Array(ref r, MemberElement, out members) && UniqueIds(ref r, \"members\", members, static x => x.Id, \"id\")", "ids are unique in a list of records that have one");
        sample.Should().Contain("Array(ref r, IdElement<ActorId>.Reader, out actors);").And.Contain("Array(ref r, ValueElement<PartialDate>.Reader, out dates);").And.Contain("Array(ref r, TextElement, out aliases);");
        sample.Should().Contain("SampleMembers.Metadata(built) = metadata!.SchemaVersion == version ? metadata : metadata with { SchemaVersion = version };");
        sample.Should().Contain("WriteValue(w, n[0], x.Metadata.SchemaVersion);").And.Contain("WriteRecord(w, n[18], x.Pair, WritePair);");
        string pair = Run(Sample).Result.Results.Single().GeneratedSources.Single(g => g.HintName == "Pair.Wire.g.cs").SourceText.ToString();
        pair.Should().Contain("value = new Pair(first, second)", "a record without a parameterless constructor is built through its constructor");
    }

    [Fact]
    public void Output_StoresWhatTheReaderChecked_AndCallsTheAccessorsThatCheckMore()
    {
        string sample = Run(Sample).Result.Results.Single().GeneratedSources.Single(g => g.HintName == "Sample.Wire.g.cs").SourceText.ToString();

        sample.Should().Contain("Sample built = SampleMembers.New();", "the constructor runs without an object initializer");
        foreach (string field in new[] { "Id", "Title", "Summary", "Date", "Certainty", "Members", "Metadata", "Extensions" })
        {
            // init; / Guard.NotBlank / Guard.NullOrNotBlank / 'is { } v ? Guard.Defined(v) : null' / UniqueKeys on a
            // list whose ids the reader checks: all repeat a check of the reader.
            sample.Should().Contain($"SampleMembers.{field}(built) = ", $"the reader has checked everything {field}'s accessor checks")
                .And.Contain($"Name = \"<{field}>k__BackingField\")]", "the value goes straight to its backing field");
        }

        foreach (string accessor in new[] { "Stance", "Count", "Aliases" })
        {
            // A guard the reader does not know, a block body, UniqueKeys on a list the reader does not check.
            sample.Should().Contain($"SampleMembers.{accessor}(built, ", $"{accessor}'s accessor checks more than the reader")
                .And.Contain($"Name = \"set_{accessor}\")]");
        }
    }

    public static TheoryData<string, string, string> Misuses() => new()
    {
        { "INCGEN006", "a struct", "[WireRecord(\"a thing\")] public readonly record struct Thing { public EquatableArray<ExtensionProperty> Extensions { get; init; } }" },
        { "INCGEN006", "not sealed", "[WireRecord(\"a thing\")] public record Thing { public EquatableArray<ExtensionProperty> Extensions { get; init; } }" },
        { "INCGEN007", "no article", "[WireRecord(\"thing\")] public sealed record Thing { public EquatableArray<ExtensionProperty> Extensions { get; init; } }" },
        { "INCGEN008", "no extensions", "[WireRecord(\"a thing\")] public sealed record Thing { public string? Name { get; init; } }" },
        { "INCGEN009", "a decimal", "[WireRecord(\"a thing\")] public sealed record Thing { public decimal Weight { get; init; } public EquatableArray<ExtensionProperty> Extensions { get; init; } }" },
        { "INCGEN009", "a list of enums", "[WireRecord(\"a thing\")] public sealed record Thing { public EquatableArray<Stance> Stances { get; init; } public EquatableArray<ExtensionProperty> Extensions { get; init; } }" },
        { "INCGEN010", "required and nullable", "[WireRecord(\"a thing\")] public sealed record Thing { public required string? Name { get; init; } public EquatableArray<ExtensionProperty> Extensions { get; init; } }" },
        { "INCGEN011", "no such version holder", "[WireRecord(\"a thing\", VersionIn = \"Nope\")] public sealed record Thing { public EquatableArray<ExtensionProperty> Extensions { get; init; } }" },
        {
            "INCGEN012", "65 properties",
            "[WireRecord(\"a thing\")] public sealed record Thing { " + string.Concat(Enumerable.Range(0, 65).Select(i => $"public string? P{i} {{ get; init; }} ")) + "public EquatableArray<ExtensionProperty> Extensions { get; init; } }"
        },
        { "INCGEN013", "a parameter that is no property", "[WireRecord(\"a thing\")] public sealed record Thing { public Thing(string other) { } public string? Name { get; init; } public EquatableArray<ExtensionProperty> Extensions { get; init; } }" },
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public void Misuse_IsADiagnosticThatSaysWhatToWrite(string id, string why, string declaration)
    {
        string source = "using Incidents.Core.Json;\nnamespace Incidents.Core\n{\n" + declaration + "\n}\n";

        GeneratorDriverRunResult result = Run(source).Result;

        Diagnostic diagnostic = result.Diagnostics.Should().ContainSingle(why).Which;
        diagnostic.Id.Should().Be(id);
        diagnostic.Severity.Should().Be(DiagnosticSeverity.Error);
        diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Should().Contain("Thing");
        diagnostic.Location.GetLineSpan().Path.Should().NotBeNull();
        result.Results.Single().GeneratedSources.Should().BeEmpty();
    }

    [Fact]
    public void UnrelatedEdit_ReusesTheCachedModels()
    {
        (GeneratorDriverRunResult _, GeneratorDriver driver, CSharpCompilation compilation) = Run(Sample);

        GeneratorHarness.ReasonsAfterAnUnrelatedEdit(driver, compilation, WireRecordGenerator.TrackingName)
            .Should().NotBeEmpty().And.AllSatisfy(r => r.Should().BeOneOf(IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Output_OfTheLibrary_HasEveryRecord_AndEachRecordsPropertiesAreItsWireNames()
    {
        // The library's own build ran the generator: every record is registered, and its table is its init
        // properties in declaration order (reflection returns them in metadata order, which is declaration order).
        Type[] marked = [.. typeof(Incident).Assembly.GetTypes().Where(t => t.GetCustomAttributes(false).Any(a => a.GetType().Name == "WireRecordAttribute"))];
        marked.Select(t => t.Name).Should().BeEquivalentTo(
            "Incident", "Timing", "Location", "AttackMethod", "IncidentPhase", "Actor", "Party", "CasualtyFigure", "SourceAttribution", "Claim",
            "Source", "Campaign", "RelatedIncident", "RecordMetadata");

        JsonElement definitions = JsonDocument.Parse(IncidentJsonSchema.GetText()).RootElement;
        foreach (Type record in marked)
        {
            string[] expected = [.. record.GetProperties()
                .Where(p => p.SetMethod is not null && p.Name != "Extensions" && p.PropertyType != typeof(SchemaVersion))
                .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))];
            JsonElement schema = record == typeof(Incident) ? definitions : definitions.GetProperty("$defs").GetProperty(record.Name);
            string[] wire = [.. schema.GetProperty("properties").EnumerateObject().Select(p => p.Name)];
            wire.Should().Equal(record == typeof(Incident) ? ["schemaVersion", .. expected] : expected, record.Name);
        }
    }
}
