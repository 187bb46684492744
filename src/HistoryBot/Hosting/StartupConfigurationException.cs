namespace HistoryBot.Hosting;

/// <summary>
/// A setting the bot cannot start with, found after option validation (a port in use): the CLI
/// prints <see cref="Exception.Message"/> as one line and exits with code 3.
/// </summary>
internal sealed class StartupConfigurationException(string message, Exception? innerException = null) : Exception(message, innerException);
