using System.Xml.Linq;

namespace HistoryBot.Architecture.Tests;

/// <summary>
/// What a project file says it references. The type rules only see references the code uses;
/// these catch a reference that is declared but not used yet.
/// </summary>
internal sealed record ProjectReferences(string Project, IReadOnlyList<string> Projects, IReadOnlyList<string> Frameworks, IReadOnlyList<string> Packages)
{
    public static ProjectReferences Read(string projectName) =>
        Parse(projectName, XDocument.Load(Path.Combine(Testing.RepoPaths.Root, "src", projectName, projectName + ".csproj")));

    public static ProjectReferences Parse(string projectName, XDocument project)
    {
        IReadOnlyList<string> Includes(string item) =>
            project.Descendants(item).Select(element => (string?)element.Attribute("Include")).OfType<string>().ToList();
        return new ProjectReferences(
            projectName,
            Includes("ProjectReference").Select(path => Path.GetFileNameWithoutExtension(path.Replace('\\', '/'))).ToList(),
            Includes("FrameworkReference"),
            Includes("PackageReference"));
    }

    /// <summary>Every reference that brings in ASP.NET Core.</summary>
    public IEnumerable<string> AspNetCore =>
        Frameworks.Where(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase))
            .Concat(Packages.Where(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase)));
}
