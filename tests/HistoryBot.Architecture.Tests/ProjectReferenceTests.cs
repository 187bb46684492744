using System.Xml.Linq;

namespace HistoryBot.Architecture.Tests;

public sealed class ProjectReferenceTests
{
    private static readonly string[] Adapters = ["HistoryBot.Telegram", "HistoryBot.Discord"];

    [Fact]
    public void The_core_project_references_no_other_project_and_no_ASP_NET_Core()
    {
        // Act
        var core = ProjectReferences.Read("HistoryBot.Core");

        // Assert
        Assert.Empty(core.Projects);
        Assert.Empty(core.AspNetCore);
    }

    [Theory]
    [InlineData("HistoryBot.Telegram")]
    [InlineData("HistoryBot.Discord")]
    public void An_adapter_project_references_the_core_and_nothing_else_of_ours(string adapter)
    {
        // Act
        var references = ProjectReferences.Read(adapter);

        // Assert
        Assert.Equal(["HistoryBot.Core"], references.Projects);
    }

    [Fact]
    public void The_check_sees_ASP_NET_Core_and_an_adapter_added_to_a_project_file()
    {
        // Arrange: the core's project file with the two references the rules forbid.
        var project = XDocument.Parse("""
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <ProjectReference Include="..\HistoryBot.Telegram\HistoryBot.Telegram.csproj" />
              </ItemGroup>
            </Project>
            """);

        // Act
        var references = ProjectReferences.Parse("HistoryBot.Core", project);

        // Assert
        Assert.Equal(["Microsoft.AspNetCore.App"], references.AspNetCore);
        Assert.Equal(["HistoryBot.Telegram"], references.Projects);
        Assert.Contains(references.Projects, Adapters.Contains);
    }
}
