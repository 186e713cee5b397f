using ImrParsing.Cli;

return ImrCommandLine.Run(args, CommandLineConsole.ForProcess());
