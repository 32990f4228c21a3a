using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Incidents.Core.Tests.SourceGeneration;

/// <summary>Runs one of the library's source generators over sample sources, as the compiler would, with step
/// tracking on (for the caching tests).</summary>
internal static class GeneratorHarness
{
    internal static (GeneratorDriverRunResult Result, GeneratorDriver Driver, CSharpCompilation Compilation) Run(IIncrementalGenerator generator, params string[] sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Preview);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Sample",
            [.. sources.Select(s => CSharpSyntaxTree.ParseText(s, parse))],
            [.. AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic && a.Location.Length > 0).Select(a => MetadataReference.CreateFromFile(a.Location))],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            parseOptions: parse,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGenerators(compilation, TestContext.Current.CancellationToken);
        return (driver.GetRunResult(), driver, compilation);
    }

    /// <summary>Adds an unrelated file and runs the generator again: the models of the step must all be cached.</summary>
    internal static IEnumerable<IncrementalStepRunReason> ReasonsAfterAnUnrelatedEdit(GeneratorDriver driver, CSharpCompilation compilation, string trackingName)
    {
        CSharpCompilation edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Other { public static class Unrelated { } }", new CSharpParseOptions(LanguageVersion.Preview), cancellationToken: TestContext.Current.CancellationToken));
        GeneratorRunResult second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();
        return second.TrackedSteps[trackingName].SelectMany(s => s.Outputs).Select(o => o.Reason);
    }
}
