#!/usr/bin/env node
console.log('council');
