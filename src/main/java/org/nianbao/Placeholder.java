package org.nianbao;
final class Placeholder {}
