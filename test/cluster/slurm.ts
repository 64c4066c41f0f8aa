// A one-node Slurm cluster for the cluster test: munged, slurmctld and slurmd on this host, with
// their configuration, sockets, state and logs in one temporary folder, stopped by their pids.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, hostname, totalmem } from 'node:os';
import { join } from 'node:path';

/** The programs the test needs, all from Debian's `slurm-wlm` and `munge`. */
const PROGRAMS = ['munged', 'slurmctld', 'slurmd', 'sbatch', 'sinfo', 'scontrol'];

function hasProgram(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Why this machine cannot run the test (undefined when it can, installing Slurm when it must). */
export function whyNoSlurm(): string | undefined {
  if (process.platform !== 'linux') return `not Linux (${process.platform})`;
  if (process.getuid?.() !== 0) return 'not root: the Slurm daemons need root';
  if (PROGRAMS.every(hasProgram)) return undefined;
  if (!hasProgram('apt-get')) return 'Slurm is not installed and there is no apt-get to install it';
  return undefined;
}

/** Installs `slurm-wlm` and `munge` from Debian when a program is missing. */
export function installSlurm(log: (line: string) => void): void {
  if (PROGRAMS.every(hasProgram)) return;
  log('installing slurm-wlm and munge with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'ignore', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'slurm-wlm', 'munge'], { stdio: 'ignore', env });
  const missing = PROGRAMS.filter((name) => !hasProgram(name));
  if (missing.length > 0)
    throw new Error(`apt-get installed slurm-wlm and munge, but ${missing.join(', ')} is missing`);
}

/** A free TCP port on this host. */
function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A running one-node cluster. */
export interface SlurmCluster {
  dir: string;
  /** The environment for sbatch, sinfo and scontrol: SLURM_CONF points at this cluster. */
  env: NodeJS.ProcessEnv;
  /** Stops the daemons (SIGTERM, then SIGKILL after 10 s). */
  stop(): Promise<void>;
  /** The last lines of the daemons' logs, for a failure message. */
  logs(): string;
}

/**
 * Writes `slurm.conf` and a munge key into `dir`, starts munged, slurmctld and slurmd in the
 * foreground (their pids are ours), and waits until `sinfo` shows the node idle.
 */
export async function startCluster(dir: string, timeoutMs = 60_000): Promise<SlurmCluster> {
  const node = hostname().split('.')[0] ?? 'localhost';
  const [ctldPort, slurmdPort] = [await findFreePort(), await findFreePort()];
  for (const sub of ['munge', 'state', 'spool', 'log']) mkdirSync(join(dir, sub), { recursive: true });
  chmodSync(join(dir, 'munge'), 0o700);
  const socket = join(dir, 'munge', 'munge.socket');
  const keyFile = join(dir, 'munge', 'munge.key');
  writeFileSync(keyFile, randomBytes(1024), { mode: 0o600 });
  const conf = join(dir, 'slurm.conf');
  const cpus = availableParallelism();
  const memoryMb = Math.floor(totalmem() / 1024 / 1024 / 2);
  writeFileSync(
    conf,
    [
      'ClusterName=vnprtest',
      `SlurmctldHost=${node}(127.0.0.1)`,
      `SlurmctldPort=${ctldPort}`,
      `SlurmdPort=${slurmdPort}`,
      'AuthType=auth/munge',
      `AuthInfo=socket=${socket}`,
      'CredType=cred/munge',
      'SlurmUser=root',
      'SlurmdUser=root',
      `StateSaveLocation=${join(dir, 'state')}`,
      `SlurmdSpoolDir=${join(dir, 'spool')}`,
      `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`,
      `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
      `SlurmctldLogFile=${join(dir, 'log', 'slurmctld.log')}`,
      `SlurmdLogFile=${join(dir, 'log', 'slurmd.log')}`,
      // No cgroups: processes are tracked by their parent pid, which works in a container.
      'ProctrackType=proctrack/linuxproc',
      'TaskPlugin=task/none',
      'JobAcctGatherType=jobacct_gather/none',
      'AccountingStorageType=accounting_storage/none',
      'JobCompType=jobcomp/none',
      'SchedulerType=sched/backfill',
      'SelectType=select/cons_tres',
      'SelectTypeParameters=CR_CPU',
      'MpiDefault=none',
      'ReturnToService=2',
      // `sbatch --wait` polls every 2 s while this is under 4 s (else 2, 8, 32 s): results come back sooner.
      'MinJobAge=4',
      `NodeName=${node} NodeAddr=127.0.0.1 CPUs=${cpus} RealMemory=${memoryMb} State=UNKNOWN`,
      'PartitionName=vnpr Nodes=ALL Default=YES MaxTime=INFINITE State=UP',
      '',
    ].join('\n'),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, SLURM_CONF: conf };
  for (const key of Object.keys(env)) if (key.startsWith('SLURM_') && key !== 'SLURM_CONF') delete env[key];

  const children: { name: string; child: ChildProcess }[] = [];
  const start = (name: string, program: string, args: string[]) => {
    const out = openSync(join(dir, 'log', `${name}.out`), 'a');
    const child = spawn(program, args, { env, stdio: ['ignore', out, out] });
    closeSync(out);
    children.push({ name, child });
  };
  const logs = () =>
    ['munged.log', 'munged.out', 'slurmctld.log', 'slurmctld.out', 'slurmd.log', 'slurmd.out']
      .map((name) => join(dir, 'log', name))
      .filter((path) => existsSync(path))
      .map((path) => `--- ${path}\n${readFileSync(path, 'utf8').split('\n').slice(-15).join('\n')}`)
      .join('\n');
  const stop = async () => {
    const running = children.filter(({ child }) => child.exitCode === null && child.signalCode === null);
    const exited = running.map(({ child }) => new Promise((resolve) => child.once('exit', resolve)));
    // slurmd and slurmctld first, munged (their authentication) last.
    for (const { child } of [...running].reverse()) child.kill('SIGTERM');
    const timer = setTimeout(() => {
      for (const { child } of running) if (child.exitCode === null) child.kill('SIGKILL');
    }, 10_000);
    await Promise.all(exited);
    clearTimeout(timer);
  };
  // If the test process dies without its afterAll, the daemons still go.
  process.once('exit', () => {
    for (const { child } of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  const munged = [`--socket=${socket}`, `--key-file=${keyFile}`, `--pid-file=${join(dir, 'munge', 'munged.pid')}`];
  munged.push(`--log-file=${join(dir, 'log', 'munged.log')}`, `--seed-file=${join(dir, 'munge', 'munged.seed')}`);
  start('munged', 'munged', ['--foreground', '--force', ...munged]);
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(socket)) {
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`munged did not create ${socket} within ${timeoutMs / 1000} s\n${logs()}`);
    }
    await sleep(200);
  }
  start('slurmctld', 'slurmctld', ['-D', '-f', conf]);
  start('slurmd', 'slurmd', ['-D', '-f', conf, '-N', node]);
  let state = '';
  while (state !== 'idle') {
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`sinfo did not show ${node} idle within ${timeoutMs / 1000} s (last: "${state}")\n${logs()}`);
    }
    await sleep(500);
    const sinfo = spawnSync('sinfo', ['-h', '-N', '-o', '%T'], { env, encoding: 'utf8' });
    state = sinfo.status === 0 ? sinfo.stdout.trim() : '';
  }
  return { dir, env, stop, logs };
}
