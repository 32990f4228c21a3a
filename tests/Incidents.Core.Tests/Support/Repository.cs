namespace Incidents.Core.Tests.Support;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The repository root: the first folder above the test binaries that holds Incidents.Core.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string ReadText(params string[] relativePath) => File.ReadAllText(Path.Combine([Root, .. relativePath]));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Incidents.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Incidents.Core.sln) was not found above " + AppContext.BaseDirectory);
    }
}
